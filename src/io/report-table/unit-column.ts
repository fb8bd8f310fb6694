import { isKnownUnit, normalizeUnit } from '../../domain/unit.ts';
import type { GridRow } from '../grid.ts';
import type { Column } from './header-map.ts';

/** A unit as a cell prints it alone: a known one, or a measure's symbol (g, mg, μg). */
function isUnitCell(cell: string): boolean {
  const unit = normalizeUnit(cell);
  return (
    unit.length <= 6 && !/\d/.test(unit) && (isKnownUnit(unit) || /^[a-zA-Zμ]{1,3}$/.test(unit))
  );
}

/**
 * A column with no header whose every filled cell is a unit (施策マネジメントシート: `%`, `g`, `%`
 * beside each 成果指標, the header over them left empty) is the units' column. Two filled cells
 * at least, so that one stray mark makes none; a column with a header is its words'.
 */
export function withUnitColumns(columns: readonly Column[], sample: readonly GridRow[]): Column[] {
  if (columns.some((c) => c.role.kind === 'unit')) return [...columns];
  return columns.map((c) => {
    if (c.role.kind !== 'other' || c.label.trim() !== '') return c;
    let filled = 0;
    for (const row of sample) {
      const cell = (row.cells[c.index] ?? '').trim();
      if (cell === '') continue;
      if (!isUnitCell(cell)) return c;
      filled += 1;
    }
    if (filled < 2) return c;
    return { ...c, role: { kind: 'unit' }, because: 'no header, but its cells are units' };
  });
}
