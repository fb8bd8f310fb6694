/** A cell of nothing but a unit statement: 「(単位:%)」, 「単位：千円」, 「（単位：人・%）」. */
const UNIT_ONLY = /^[(（[]?\s*単\s*位\s*[:：]\s*[^()（）[\]]+[)）\]]?$/;

/**
 * Whether a cell only states the unit of the figures around it (津野町 「② 実質公債費比率 |
 * (単位:%)」, a heading printed with its unit in a cell of its own): no cell of the table. A cheap
 * test first: this runs on every row.
 * @example statesUnitOnly('(単位:%)') // true
 */
export function statesUnitOnly(cell: string): boolean {
  return cell.includes('単') && UNIT_ONLY.test(cell.trim());
}
