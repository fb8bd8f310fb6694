import type { PrintedRate } from '../../domain/rate-format.ts';
import type { GridRow } from '../grid.ts';
import type { ColumnRole } from './column-role.ts';
import type { Column } from './header-map.ts';
import { rateCell } from './rate-cell.ts';

/** A rate printed as a fraction of one: 0.90, 1.025, never with a % (a 2-decimal precision at least). */
const FRACTION = /^-?\d\.\d{2,4}$/;

/**
 * The columns with each rate column whose cells are all fractions of one (達成率 0.90, 1.05:
 * 90%, 105%) marked to be read so, or null when there is none. A header stating % (達成率(%))
 * says its cells are percentages: 0.90 there is 0.90%. The caller keeps the marked reading only
 * where its figures reproduce more printed rates.
 */
export function fractionRateColumns(
  columns: readonly Column[],
  sample: readonly GridRow[],
): Column[] | null {
  const marked = columns.filter(
    (c) => c.role.kind === 'rate' && !/[%％]/.test(c.label) && allFractions(c.index, sample),
  );
  if (marked.length === 0) return null;
  return columns.map((c) =>
    marked.includes(c) && c.role.kind === 'rate'
      ? {
          ...c,
          role: { ...c.role, fraction: true },
          because: `${c.because}; its cells are fractions of one ("0.90" is 90%)`,
        }
      : c,
  );
}

function allFractions(index: number, sample: readonly GridRow[]): boolean {
  let fractions = 0;
  for (const row of sample) {
    const cell = (row.cells[index] ?? '').trim();
    if (cell === '') continue;
    if (!FRACTION.test(cell)) return false;
    fractions += 1;
  }
  return fractions >= 2;
}

/** A fraction of one as the rate it prints: 0.905 → 90.5%, at two decimals fewer. */
export function fromFraction(rate: PrintedRate): PrintedRate {
  const decimals = Math.max(0, rate.decimals - 2);
  const percent = (Number.parseFloat(rate.text) * 100).toFixed(decimals);
  return { text: `${percent}%`, decimals };
}

/** The rate and grade a cell of a rate column prints, read as the column's role says. */
export function columnRateCell(
  role: ColumnRole,
  text: string,
): { rate: PrintedRate; grade: string | null } | undefined {
  const cell = rateCell(text);
  if (cell === undefined || role.kind !== 'rate' || role.fraction !== true) return cell;
  return { ...cell, rate: fromFraction(cell.rate) };
}
