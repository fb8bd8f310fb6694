import type { FiscalYear, FiscalYearContext } from '../../domain/fiscal-year.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import type { Column } from './header-map.ts';

/** Where a goal's second line prints its figure and its years, and the years it names. */
export interface TargetSecondLine {
  readonly targetAt: number;
  readonly yearsAt: number;
  readonly years: readonly FiscalYear[];
}

/** Years listed in one cell: 「H25 H26」, 「H25・H26」, 「H25、H26」. */
const YEAR_SEPARATOR = /[\s・、,，]+/;

/**
 * Reads the second line of a KPI's goal (兵庫県 事務事業評価 狩猟期シカ捕獲拡大事業: 「13,300頭/年 | H24」,
 * then under it 「20,000頭/年 | H25 H26」, the goal raised from H25): a line with nothing but a
 * figure under a target column and the years it is due under that target's year column
 * (`target-year-column.ts`), the name's cell empty. Null for any other line: most lines fill
 * more than two cells, so they are let go before any cell is read.
 */
export function targetSecondLine(
  cells: readonly string[],
  columns: readonly Column[],
  context: FiscalYearContext = {},
): TargetSecondLine | null {
  let targetAt = -1;
  let yearsAt = -1;
  for (let i = 0; i < cells.length; i += 1) {
    if ((cells[i] ?? '') === '') continue;
    const column = columns[i];
    if (column?.role.kind === 'target' && targetAt < 0) targetAt = i;
    else if (column?.yearsOf !== undefined && yearsAt < 0) yearsAt = i;
    else return null;
  }
  if (targetAt < 0 || yearsAt < 0 || columns[yearsAt]?.yearsOf !== targetAt) return null;
  if (!/\d/.test(cells[targetAt] ?? '')) return null;
  const years: FiscalYear[] = [];
  for (const word of (cells[yearsAt] ?? '').trim().split(YEAR_SEPARATOR)) {
    const year = parseFiscalYear(word, context);
    if (year === undefined || years.includes(year)) return null;
    years.push(year);
  }
  return years.length > 0 ? { targetAt, yearsAt, years } : null;
}
