import { parseDescribedFigure } from '../../domain/described-figure.ts';
import { normalizeUnit } from '../../domain/unit.ts';
import type { GridRow } from '../grid.ts';
import type { Column } from './header-map.ts';
import { SET_BY_HAND } from './header-map.ts';

const FIGURE_ROLES: ReadonlySet<Column['role']['kind']> = new Set([
  'target',
  'baseline',
  'actual',
  'cumulative',
]);

/** The unit a cell writes beside its figure, or null (no figure, or a bare number). */
function cellUnit(cell: string | undefined): string | null {
  // The cheap tests first: a cell with no digit holds no figure, a bare number no unit.
  if (cell === undefined || !/[0-9０-９]/.test(cell) || /^[\s\d,.▲△-]*$/.test(cell)) return null;
  return parseDescribedFigure(cell)?.parsed.unit ?? null;
}

/**
 * Whether a column's cells write, on every row where the figure columns left of it write a
 * unit too, another unit than all of theirs (and do so on one row at least).
 */
function foreignUnits(
  sample: readonly GridRow[],
  column: Column,
  left: readonly Column[],
  unitColumn: Column | undefined,
): { unit: string; others: string } | null {
  let found: { unit: string; others: string } | null = null;
  for (const row of sample) {
    const unit = cellUnit(row.cells[column.index]);
    if (unit === null) continue;
    const others = new Set<string>();
    for (const l of left) {
      const other = cellUnit(row.cells[l.index]);
      if (other !== null) others.add(other);
    }
    if (others.size === 0) {
      const stated = statedRowUnit(row, unitColumn);
      if (stated === null) continue;
      if (sameMeasure(stated, unit)) return null;
      found ??= { unit, others: stated };
      continue;
    }
    if (others.has(unit)) return null;
    found ??= { unit, others: [...others].join(', ') };
  }
  return found;
}

/** The unit a row's unit column writes (千kWh), or null (none, or a dash). */
function statedRowUnit(row: GridRow, unitColumn: Column | undefined): string | null {
  if (unitColumn === undefined) return null;
  const unit = (row.cells[unitColumn.index] ?? '').trim();
  return unit === '' || /^[-‐―—ー－]+$/.test(unit) ? null : normalizeUnit(unit);
}

/** Two units of one measure, at most at another scale (千円 and 万円, 人 and 千人). */
const sameMeasure = (a: string, b: string): boolean =>
  a.replace(/^[十百千万億]+/, '') === normalizeUnit(b).replace(/^[十百千万億]+/, '');

/**
 * A second figure column of a role (杉並区 子ども・子育て: 決算見込額 beside 実績値, both read as
 * actuals by their words) whose cells write another unit than the figure cells left of them in
 * the same rows (円 where the KPIs count 人) is no figure of the KPIs: a budget printed beside
 * them, kept as printed. A row whose figures write no unit says nothing (鳥取県's `3,000ha`
 * beside bare numbers), unless the table's unit column states the row's unit: a second target
 * in % beside bare figures in 千kWh (温暖化対策実行計画 「目標(R12) | 削減目標率」 over 「9,300 |
 * 25.0%」) is the target of the reduction rate, not of the KPI, kept as printed too. The first
 * column of each role stays, whatever its unit; a role set by hand stays.
 */
export function withForeignUnitColumns(
  columns: readonly Column[],
  sample: readonly GridRow[],
): readonly Column[] {
  const seen = new Set<Column['role']['kind']>();
  const twice = columns.some((c) => {
    if (!FIGURE_ROLES.has(c.role.kind)) return false;
    if (seen.has(c.role.kind)) return true;
    seen.add(c.role.kind);
    return false;
  });
  // Most tables have one column of each role (or a year per column, which this leaves alone).
  if (!twice) return columns;
  const left: Column[] = [];
  const unitColumn = columns.find((c) => c.role.kind === 'unit');
  return withStatedForeignUnits(columns, sample).map((c) => {
    if (!FIGURE_ROLES.has(c.role.kind)) return c;
    const repeated = left.some((l) => l.role.kind === c.role.kind);
    const foreign =
      repeated && c.because !== SET_BY_HAND ? foreignUnits(sample, c, left, unitColumn) : null;
    if (foreign === null) {
      left.push(c);
      return c;
    }
    return {
      ...c,
      role: { kind: 'other' },
      because: `${c.because}, but its cells are in ${foreign.unit}, not the ${foreign.others} of the figures left of them: kept as printed`,
    };
  });
}

/** The units the table's unit column writes on the sampled rows (件, トン), or none. */
function unitColumnUnits(columns: readonly Column[], sample: readonly GridRow[]): Set<string> {
  const units = new Set<string>();
  const unitColumn = columns.find((c) => c.role.kind === 'unit');
  if (unitColumn === undefined) return units;
  for (const row of sample) {
    const unit = (row.cells[unitColumn.index] ?? '').normalize('NFKC').trim();
    if (unit !== '' && !/^[-‐―—ー－]+$/.test(unit)) units.add(unit);
  }
  return units;
}

/**
 * Of two columns of a figure role, one whose header states a unit (石巻市 地方創生先行型 結果報告:
 * 「実績額」 over 「単位:円」, the money a project spent) that the KPIs' unit column never writes
 * (件, トン) is no figure of the KPIs: kept as printed, the other column of its role read. A
 * table whose unit column writes the stated unit, or has none, is left as it is.
 */
function withStatedForeignUnits(
  columns: readonly Column[],
  sample: readonly GridRow[],
): readonly Column[] {
  const units = unitColumnUnits(columns, sample);
  if (units.size === 0) return columns;
  const foreign = (c: Column) =>
    FIGURE_ROLES.has(c.role.kind) &&
    c.because !== SET_BY_HAND &&
    c.unit !== null &&
    !units.has(c.unit) &&
    columns.some((o) => o !== c && o.role.kind === c.role.kind && o.unit === null);
  if (!columns.some(foreign)) return columns;
  return columns.map((c) =>
    foreign(c)
      ? {
          ...c,
          role: { kind: 'other' },
          because: `${c.because}, but its header states ${c.unit}, a unit the KPIs' unit column never writes (${[...units].join(', ')}): kept as printed`,
        }
      : c,
  );
}
