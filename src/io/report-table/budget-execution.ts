/**
 * The words of a budget's execution, as municipalities publish it twice a year (財政状況の公表,
 * 戸田市 広報 「予算現額 | 支出済額 | 支出割合」, 上下水道事業会計 「執行額 | 執行率」): the budget is
 * the plan, the amount received or spent so far its result, the share of the one in the other
 * its rate. Only these settled terms: a bare 予算額 beside a KPI's own figures (杉並区 子ども・子育て
 * 「予算額 | 決算見込額」) is money spent on it, not its plan.
 */
const BUDGET_PLAN = /予算現額$/;
const SETTLED_AMOUNT = /(?:支出|収入)済額$|^執行額$/;
const EXECUTION_RATE = /執行率|収入率|(?:支出|収入)割合/;

/**
 * The role a budget execution's header names (NFKC, spaces removed), or null for any other.
 * @example budgetExecutionRole('予算現額') // 'target'
 * @example budgetExecutionRole('支出割合') // 'rate'
 */
export function budgetExecutionRole(label: string): 'target' | 'actual' | 'rate' | null {
  if (EXECUTION_RATE.test(label)) return 'rate';
  if (BUDGET_PLAN.test(label)) return 'target';
  if (SETTLED_AMOUNT.test(label)) return 'actual';
  return null;
}
