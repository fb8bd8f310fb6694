/** A unit per year, and the unit it counts: 「頭/年」 of 頭, 「人/年度」 of 人. */
const PER_YEAR = /^(.+?)\s*[/／]\s*(?:1\s*)?年度?$/;

/**
 * A year's figure printed in the unit its KPI counts per year (兵庫県 年間捕獲頭数: the target
 * 「13,300頭/年」, the H24 result 「17,979頭」): the same measure, a year's count, for a KPI
 * counted year by year. A running total in 頭 would be none, so a KPI counted cumulatively is
 * not asked about.
 */
export function isYearsCount(kpiUnit: string, cellUnit: string): boolean {
  // The cheap test first: most units name no year.
  if (!kpiUnit.includes('年')) return false;
  return PER_YEAR.exec(kpiUnit)?.[1] === cellUnit;
}
