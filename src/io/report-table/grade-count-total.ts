import type { GridRow } from '../grid.ts';
import type { HeaderMap } from './header-map.ts';

/** A row's label that is a grade and nothing else: S, A–E, ◎ ○ △ × □. */
const GRADE = /^([A-ES]|[◎○△×□●▲])$/;
/** The total row's label. */
const TOTAL = /^(計|合計|総計)$/;
/** A header that counts (項目数, 指標数, 件数, 判定数): what the rows are counted by. */
const COUNT_HEADER = /数$/;
const WHOLE = /^\d{1,4}$/;

/**
 * Why a table with no actuals is a summary of KPI counts per grade proved by its total
 * (山梨県 森林・林業再生ビジョン: 事業進捗率の分類 S / A / B / C, each with its band of rates in a
 * cell beside it, 項目数 3 + 6 + 3 + 0 = 12 on the 計 row): every row a grade alone or the total
 * last, and a column headed by a count whose grade rows add up to the total's; null when not.
 */
export function gradeCountTotalReason(header: HeaderMap, data: readonly GridRow[]): string | null {
  const rows = data.filter((r) => r.cells.some((cell) => cell.trim() !== ''));
  const last = rows.at(-1);
  if (rows.length < 3 || last === undefined) return null;
  const first = (r: GridRow) => (r.cells[0] ?? '').trim();
  const grades = rows.slice(0, -1);
  if (!TOTAL.test(first(last)) || !grades.every((r) => GRADE.test(first(r)))) return null;
  for (const column of header.columns) {
    const label = column.label.replace(/\s+/g, '');
    if (column.index === 0 || !COUNT_HEADER.test(label)) continue;
    const cell = (r: GridRow) => (r.cells[column.index] ?? '').trim();
    if (!rows.every((r) => WHOLE.test(cell(r)))) continue;
    const sum = grades.reduce((total, r) => total + Number(cell(r)), 0);
    if (sum !== Number(cell(last))) continue;
    const terms = grades.map(cell).join(' + ');
    return (
      `not a KPI table: a summary of KPI counts per grade ("${label}": ${terms} = ` +
      `${cell(last)} in row ${last.row}), not the figures of each KPI`
    );
  }
  return null;
}
