/**
 * A comparison with the year before, named so in a header (江津市 水道事業 業務状況書 「前年同期実績
 * との対比」 over 「増減 B-C」 | 「増減率%」; 「前年度との比較」): the figures under it set this
 * year's against last year's.
 */
// The particle may be left out: 「前年度対比 B/A」 is this year over last, no rate of a plan, though
// its letters and 対比 would read so.
const AGAINST_YEAR_BEFORE =
  /^対?前年(?:度|同期)?(?:の)?(?:実績値?)?(?:と|との|に対する)?(?:対比|比較)/;

/**
 * A rate of change naming the year before anywhere in its header (「増減率(対前年)」,
 * 「対前年度増減率」, 「伸び率(前年度比)」): this year's figure against last year's, however the
 * words are ordered, never the plan's rate though its words say 率.
 */
const YEAR_BEFORE_RATE =
  /(?:増減|伸び?|変化|変動)率.*前年|前年.*(?:増減|伸び?|変化|変動)率|前年(?:度|同期)?(?:実績値?)?比(?!較)/;

/**
 * Whether a header (NFKC, spaces removed) heads a comparison with the year before: a change kept
 * as printed, neither the KPI's difference from its plan nor its rate. A change written with its
 * base first (宮城県 「対前年度 増減」) is not one: it names no comparison.
 * @example comparesWithYearBefore('前年同期実績との対比増減率%') // true
 * @example comparesWithYearBefore('増減率(対前年)') // true
 */
export function comparesWithYearBefore(label: string): boolean {
  return AGAINST_YEAR_BEFORE.test(label) || YEAR_BEFORE_RATE.test(label);
}
