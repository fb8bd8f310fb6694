import type { GridRow } from '../grid.ts';
import { parseDescribedFigure } from '../../domain/described-figure.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import { headerYear } from './column-role.ts';
import { headerStatesPercent } from './percent-header.ts';
import { parsePrintedRate } from '../../domain/rate-format.ts';

/** How many rows under a header are looked at for the figures and rates it heads. */
const LOOK_AHEAD = 6;
/** A header cell is a short label; a longer one is a sentence (a lead line, a note). */
const LABEL_LENGTH = 40;

/** A cell's figure and whether it is a percentage; null when the cell is no figure (or a year). */
function cellFigure(cell: string): { percent: boolean } | null {
  const text = cell.trim();
  if (text === '' || !/\d/.test(text)) return null;
  if (parseFiscalYear(text) !== undefined || headerYear(text) !== null) return null;
  const parsed = parseDescribedFigure(text)?.parsed;
  // A spreadsheet's unrounded rate (「98.98214479152054」) is past a figure's places, yet a figure.
  if (parsed === undefined) return parsePrintedRate(text)?.unrounded ? { percent: false } : null;
  if (parsed.figure.value === null || parsed.bound !== null) return null;
  return { percent: parsed.unit === '%' };
}

/** A row that could name columns: three labels or more, none a figure, none a sentence. */
function isLabelRow(row: GridRow): boolean {
  let labels = 0;
  for (const cell of row.cells) {
    const text = cell.trim();
    if (text === '') continue;
    if (text.length > LABEL_LENGTH || cellFigure(text) !== null) return false;
    labels += 1;
  }
  return labels >= 3;
}

/**
 * Whether the rows under a label row print, in one column the row labels, a percentage in
 * most of the rows holding figures, and figures in two other columns it labels: the rates and
 * what they are reckoned on.
 */
function headsRates(header: GridRow, below: readonly GridRow[]): boolean {
  const labelled = (c: number) => (header.cells[c] ?? '').trim() !== '';
  // A rate column printed without % signs, its header saying so (「受 診 率」 over 36.1).
  const percentByHeader = header.cells.map(headerStatesPercent);
  const percents = new Map<number, number>();
  const figures = new Map<number, number>();
  let figureRows = 0;
  for (const row of below) {
    const found = row.cells.map(cellFigure);
    if (found.filter((f) => f !== null).length < 3) continue;
    figureRows += 1;
    found.forEach((f, c) => {
      if (f === null || !labelled(c)) return;
      const counts = f.percent || percentByHeader[c] === true ? percents : figures;
      counts.set(c, (counts.get(c) ?? 0) + 1);
    });
  }
  if (figureRows === 0) return false;
  const rateColumn = [...percents].find(([, n]) => n * 2 >= figureRows)?.[0];
  if (rateColumn === undefined) return false;
  const others = [...figures.keys(), ...percents.keys()].filter((c) => c !== rateColumn);
  return new Set(others).size >= 2;
}

/**
 * The index of a header whose words name no column Mieruka knows (「欄 | 欄 (平成18年度) |
 * 達成率」 of a table whose words are its own, 「区分 | 当初 | 結果 | 割合」): three labels or more,
 * no figure among them, over rows of figures with a column of percentages it labels and two
 * columns of figures. The table under it is read by its columns' contents and the rates they
 * reproduce (role-search.ts), as a header whose words were lost is. Tried only where no row
 * names two known columns; -1 when no row is such a header.
 */
export function wordlessHeaderIndex(rows: readonly GridRow[]): number {
  return rows.findIndex(
    (row, index) =>
      isLabelRow(row) && headsRates(row, rows.slice(index + 1, index + 1 + LOOK_AHEAD)),
  );
}
