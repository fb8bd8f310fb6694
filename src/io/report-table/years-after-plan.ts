/**
 * A column of the years after the plan was made, each with its year in brackets (産地パワーアップ
 * 事業 成果目標の達成状況 「計画時(平成28年) | 1年後(平成29年) | 2年後(平成30年) | 3年後(令和元年)」):
 * the results of that year, as a bare year's column is. Without its year (「1年後」) the column
 * names no year of its own and is left to the printed rates.
 */
const YEARS_AFTER_PLAN = /^\d{1,2}年後[(（]/;

/** Whether a header (NFKC, no spaces) is 「N年後(year)」, the results of the year it names. */
export function namesYearAfterPlan(label: string): boolean {
  return YEARS_AFTER_PLAN.test(label);
}
