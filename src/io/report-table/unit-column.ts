import { isKnownUnit, normalizeUnit } from '../../domain/unit.ts';
import type { GridRow } from '../grid.ts';
import type { Column } from './header-map.ts';

/**
 * A unit as a cell prints it alone: a known one, or a measure's symbol (g, mg, μg), per what it
 * is counted of (市川市 原単位 「MJ/世帯」, 「L/台」, 「g/人・日」, 「GJ/百万円」).
 */
function isUnitCell(cell: string): boolean {
  const unit = normalizeUnit(cell);
  return (
    unit.length <= 6 &&
    // No figure in it, an area's or a volume's power aside (千㎡ is written 千m2).
    !/\d/.test(unit.replace(/(?<=m)[23]/g, '')) &&
    (isKnownUnit(unit) || /^[a-zA-Zμ]{1,3}(?:\/[^\s/]{1,4})?$/.test(unit))
  );
}

/** A header saying its column is of units (原単位, 単位当たり), or no header at all. */
const unitHeader = (label: string) => label.trim() === '' || /単位/.test(label);

/**
 * A column with no header whose every filled cell is a unit (施策マネジメントシート: `%`, `g`, `%`
 * beside each 成果指標, the header over them left empty) is the units' column, and so is one
 * headed by a word of 単位 no rule knows (市川市 「原単位」 over 「MJ/世帯」, 「L/台」). Two filled
 * cells at least, so that one stray mark makes none; a column with another header is its words'.
 */
export function withUnitColumns(columns: readonly Column[], sample: readonly GridRow[]): Column[] {
  if (columns.some((c) => c.role.kind === 'unit')) return [...columns];
  return columns.map((c) => {
    if (c.role.kind !== 'other' || !unitHeader(c.label)) return c;
    let filled = 0;
    for (const row of sample) {
      const cell = (row.cells[c.index] ?? '').trim();
      if (cell === '') continue;
      if (!isUnitCell(cell)) return c;
      filled += 1;
    }
    if (filled < 2) return c;
    const because =
      c.label.trim() === ''
        ? 'no header, but its cells are units'
        : `the word "単位" and its cells are units`;
    return { ...c, role: { kind: 'unit' }, because };
  });
}
