/**
 * Counts headed by whose they are, the plan's or the real one (定員適正化計画 進捗状況 「計画職員数 |
 * 実職員数」 by year, 「計画人員 | 実人員」): 計画 before what is counted is the plan of its year,
 * 実 before it the count there was. Nothing may follow but the year a rewrite joined to it
 * (「計画職員数 令和2年」); 計画策定数 counts plans made, and 実 only before a head count (実職員数,
 * 実人員) is the count there was: 実利用者数 is a measure of its own (介護: unique users), 実施数 and
 * 実績数 other words' (a rate's part, the actuals'). The label is NFKC, with no spaces.
 */
const PLANNED_COUNT =
  /^計画(?!策定)(?:[^\d()（）]{1,4}?数|人員)(?=[\d()（）年度RH令和平成元~〜.-]*$)/;
const REAL_COUNT = /^実(?:職員|人員|人|定員)数?(?=[\d()（）年度RH令和平成元~〜.-]*$)/;

/** The role a 「計画職員数」 or 「実職員数」 header gives its column, with the word; null for any other. */
export function plannedOrRealCount(
  label: string,
): { readonly role: 'target' | 'actual'; readonly word: string } | null {
  const first = label.charAt(0);
  if (first !== '計' && first !== '実') return null;
  const planned = PLANNED_COUNT.exec(label)?.[0];
  if (planned !== undefined) return { role: 'target', word: planned };
  const real = REAL_COUNT.exec(label)?.[0];
  return real === undefined ? null : { role: 'actual', word: real };
}
