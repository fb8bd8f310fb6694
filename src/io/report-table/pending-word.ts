/**
 * A figure not known yet, written as words where it would be: 鳥取県 図書館 工程表 H26 今年度実績値
 * 「数値未確定」 (the year's count not settled when the sheet was made), 「集計中」, 「調査中」, or the
 * month it will be settled in (H27 sheet 「H28.8確定見込」). No figure, no zero, no date of the
 * figure: kept as printed beside the KPI, its year still without a result.
 */
const PENDING =
  /^(?:(?:令和|平成|R|H)(?:元|\d{1,2})(?:[.．/／]\d{1,2}|年\d{1,2}月)?(?:頃|ごろ)?)?(?:数値|実績|結果)?(?:未確定|未集計|未公表|未判明|集計中|調査中|算定中|確定前|確定見込み?)$/;

/** Whether a cell (spaces aside) says its figure is not known yet: the cheap length test first. */
export function isPendingWord(text: string): boolean {
  const t = text.trim();
  return t.length >= 3 && t.length <= 16 && PENDING.test(t.normalize('NFKC').replace(/\s+/g, ''));
}
