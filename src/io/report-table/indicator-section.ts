/**
 * A line naming a kind of indicator, alone in the KPI column between KPI rows: the heading of
 * the indicators under it (中野区 10か年計画 「分野の成果指標」, 「ベンチマーク指標(基準値、標準値、
 * 参考値 等)」; a 施策評価 sheet's 成果指標 / 活動指標 / 参考指標), not a KPI with no figures.
 */
const SECTION = /指標\s*(?:[(（][^()（）]*[)）])?$/;

/** Whether a KPI-column cell, alone in its row, is such a heading (no code before it). */
export function namesIndicatorSection(text: string): boolean {
  return SECTION.test(text.normalize('NFKC').trim());
}
