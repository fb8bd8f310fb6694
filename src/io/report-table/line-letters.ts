import type { GridRow } from '../grid.ts';
import type { Column } from './header-map.ts';

/** A letter naming a line (A, B, Ｂ), bare or in brackets. */
const LETTER = '[(（]?[A-ZＡ-Ｚ][)）]?';
/** A line's letter, or a formula of letters naming a line computed from others (B/A, A-B). */
const LINE_LETTERS = new RegExp(`^${LETTER}(?:\\s*[/／÷+＋\\-−ー×]\\s*${LETTER})*$`);
const SINGLE = new RegExp(`^${LETTER}$`);

/**
 * The letter a line is named by beside its name, or the formula of other lines' letters it is
 * computed by (介護保険事業計画 「総人口 | A」, 「高齢者人口 | B」, 「高齢化率 | B/A」); null for any
 * other cell.
 */
export function lineLetters(cell: string | undefined): string | null {
  const text = (cell ?? '').trim();
  return text !== '' && LINE_LETTERS.test(text) ? text.normalize('NFKC').replace(/\s+/g, '') : null;
}

/**
 * The column with no header right of the KPI names whose cells letter the lines (A, B) or give
 * a line's formula of those letters (B/A): its cells are the KPIs' codes, as a 「No.」 column's
 * numbers are, not units (a bare 「B/A」 reads as a unit of B per A). Two lines lettered at least,
 * no letter twice, and every letter a formula uses one a line is named by.
 */
export function withLineLetterColumn(
  columns: readonly Column[],
  sample: readonly GridRow[],
): readonly Column[] {
  const kpi = columns.find((c) => c.role.kind === 'kpi') ?? columns[0];
  const next = kpi === undefined ? undefined : columns[kpi.index + 1];
  if (next === undefined || next.label.trim() !== '') return columns;
  if (next.role.kind !== 'other' && next.role.kind !== 'unit') return columns;
  const letters = new Set<string>();
  const formulas: string[] = [];
  for (const row of sample) {
    const cell = row.cells[next.index];
    if ((cell ?? '').trim() === '') continue;
    const named = lineLetters(cell);
    if (named === null) return columns;
    if (SINGLE.test(named)) {
      const letter = named.replace(/[()]/g, '');
      if (letters.has(letter)) return columns;
      letters.add(letter);
    } else formulas.push(named);
  }
  if (letters.size < 2) return columns;
  for (const formula of formulas)
    for (const letter of formula.match(/[A-Z]/g) ?? []) if (!letters.has(letter)) return columns;
  const because = 'no header, but its cells letter the lines (A, B) beside their names';
  return columns.map((c) =>
    c === next ? { ...c, role: { kind: 'other' }, because, lettersRows: true } : c,
  );
}
