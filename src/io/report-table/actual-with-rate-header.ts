/**
 * A header naming the actual with its rate in brackets after it (集中改革プラン 効果額 「実績額（達成率）」
 * over 「12,840千円（107.0％）」): the column of the actuals, each cell its figure and, in brackets,
 * the rate printed beside it (read by `actual-asides.ts`), not a column of rates though it says
 * 達成率. The label is NFKC, with no spaces.
 */
const ACTUAL_THEN_RATE =
  /^(?:実績|決算|結果)(?:額|値|数|量)?\((?:達成率|進捗率|達成度|執行率)(?:%)?\)$/;

/** Whether a header is an actual's word with its rate's word in brackets: 「実績額(達成率)」. */
export function namesActualWithRate(label: string): boolean {
  return label.endsWith(')') && ACTUAL_THEN_RATE.test(label);
}
