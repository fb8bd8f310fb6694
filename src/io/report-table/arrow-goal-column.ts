import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { GridRow } from '../grid.ts';
import { filledCount } from '../grid.ts';
import type { TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';

/** A cell of two figures, each with its year in brackets, joined by an arrow: 「79%(平成20)→95%(平成32)」. */
const PAIR = /^(\S.*?[)）])\s*[→⇒]\s*(\S.*[)）])$/;

const REWRITTEN = 'rewritten from a column of 「基準(年) → 目標(年)」 cells';

/** The two sides of a goal cell, each a figure of its year, or null when the cell is none. */
function goalCell(cell: string | undefined): { from: string; to: string } | null {
  const text = (cell ?? '').trim();
  // Most cells hold no arrow: a character search first.
  if (!/[→⇒]/.test(text)) return null;
  const match = PAIR.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const from = parseDescribedFigure(match[1]);
  // The target may be words (「おおむね解消(平成32)」): the baseline must be a figure of its year.
  if (from === undefined || from.fiscalYear === null) return null;
  return { from: match[1], to: match[2] };
}

/**
 * A column under no header word whose cells each print the baseline and the target joined by an
 * arrow, each with its year in brackets (住生活基本計画 全国計画の成果指標 「79%(平成20)→95%(平成32)」
 * beside 現状値 「82%(平成25)」): split into a column of baselines and one of targets, given their
 * roles. Three such cells at least, in rows of the table (two cells or more), and the header above
 * them leaving the column empty; a cell of that column that is no such pair (a note 「(…に同じ)」)
 * stays in the first. Null otherwise.
 */
export function splitArrowGoalColumn(rows: readonly GridRow[]): TurnedTable | null {
  // One pass over the cells, a character search first: most tables print no arrow at all.
  const pairs: number[] = [];
  for (const r of rows)
    for (let c = 0; c < r.cells.length; c++) {
      const cell = r.cells[c] ?? '';
      // A pair is five characters at least (「1)→2)」): shorter cells, most figures, are none.
      if (cell.length < 5 || (!cell.includes('→') && !cell.includes('⇒'))) continue;
      if (goalCell(cell) !== null && filledCount(r) >= 2) pairs[c] = (pairs[c] ?? 0) + 1;
    }
  const column = pairs.findIndex((n) => (n ?? 0) >= 3);
  if (column < 0) return null;
  const first = rows.findIndex((r) => goalCell(r.cells[column]) !== null);
  const header = rows
    .slice(0, first)
    .findLastIndex((r) => filledCount(r) >= 2 && (r.cells[column] ?? '').trim() === '');
  if (header < 0 || rows.slice(header + 1, first).some((r) => filledCount(r) >= 2)) return null;
  const origins = new Origins();
  const whole = new Map<number, string>();
  const out = rows.map((r, i) => {
    const at = i + 1;
    const cells = [...r.cells];
    while (cells.length <= column) cells.push('');
    const goal = i > header ? goalCell(cells[column]) : null;
    cells.splice(column, 1, goal?.from ?? cells[column] ?? '', goal?.to ?? '');
    cells.forEach((_, c) => {
      const printedAt = c <= column ? c + 1 : c;
      origins.set(at, c + 1, { row: r.row, column: printedAt });
    });
    if (goal) whole.set(at, (r.cells[column] ?? '').trim());
    return { row: at, cells };
  });
  const headerRow = header + 1;
  return {
    rows: out,
    origin: origins.origin,
    headerRow: rows[header]?.row ?? null,
    readAs: () => null,
    made: (row, c) => row === headerRow && (c === column + 1 || c === column + 2),
    given: (row, c) =>
      row !== headerRow
        ? null
        : c === column + 1
          ? { role: 'baseline', because: REWRITTEN }
          : c === column + 2
            ? { role: 'target', because: REWRITTEN }
            : null,
    printed: (row, c) => (c === column + 1 || c === column + 2 ? (whole.get(row) ?? null) : null),
  };
}
