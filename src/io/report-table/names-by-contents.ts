import type { GridRow } from '../grid.ts';
import type { Column } from './header-map.ts';
import { parseFigureText } from '../../domain/figure-text.ts';
import { isUnreadable } from './table-reader.ts';

/** A cell that can name a KPI: text that is no figure, no unreadable mark. */
function isNameText(cell: string): boolean {
  const text = cell.trim();
  return text.length >= 2 && !isUnreadable(text) && parseFigureText(text) === undefined;
}

/** Whether a column names each sampled row by a text of its own: filled on every row, none twice. */
function namesEveryRow(column: Column, sample: readonly GridRow[]): boolean {
  const seen = new Set<string>();
  for (const row of sample) {
    const cell = (row.cells[column.index] ?? '').trim();
    if (!isNameText(cell) || seen.has(cell)) return false;
    seen.add(cell);
  }
  return seen.size >= 2;
}

/**
 * With no column the header words take for the KPIs' names, nor any it names at all (every
 * header cell lost, 「?」, or blank), the KPIs are named by the first column of text that gives
 * every row a text of its own, where the first column does not (青森県 産地 form, its header lost:
 * 市町村名 and 事業実施主体 printed once for both goals, 品目 the same on both, the goals in the
 * fourth). Left as it is when the first column names every row, or none does.
 */
export function withNamesByContents(
  columns: readonly Column[],
  sample: readonly GridRow[],
): readonly Column[] {
  if (sample.length < 2 || columns.some((c) => c.role.kind === 'kpi')) return columns;
  if (columns.some((c) => c.label.trim() !== '' && !isUnreadable(c.label.trim()))) return columns;
  const first = columns[0];
  if (!first || first.role.kind !== 'other' || namesEveryRow(first, sample)) return columns;
  const names = columns.find((c) => c.role.kind === 'other' && namesEveryRow(c, sample));
  if (names === undefined) return columns;
  const because = 'no header word: the first column of text naming every row by its own';
  return columns.map((c) => (c === names ? { ...c, role: { kind: 'kpi' as const }, because } : c));
}
