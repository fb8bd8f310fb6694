/**
 * A column of the limits a law sets for the ratios, not a baseline though it says 基準 (健全化判断比率
 * 「区分 | 平成29年度 | 平成30年度 | 早期健全化基準 | 財政再生基準」, a 公営企業's 「経営健全化基準」):
 * the line a ratio must stay under, the same for every city, kept as printed. The label is NFKC,
 * with no spaces.
 */
const STATUTORY_LIMIT = /(?:早期健全化|財政再生|経営健全化)基準/;

/** The words of a statutory limit's header (「早期健全化基準」), or null for any other header. */
export function statutoryLimitWord(label: string): string | null {
  if (!label.includes('基準')) return null;
  return STATUTORY_LIMIT.exec(label)?.[0] ?? null;
}
