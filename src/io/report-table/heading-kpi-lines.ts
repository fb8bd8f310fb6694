import type { GridRow } from '../grid.ts';
import type { TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { LINE_WORD, lineWord } from './line-words.ts';
import { isLineName } from './rate-named-lines.ts';
import { isHeaderCandidate, isTableRow } from './table-block.ts';

const blank = (cell: string | undefined) => (cell ?? '').trim() === '';

/** A line's word in its first cell (目標, 実績, 達成率; 予定, 結果, 割合), or null. */
function wordOf(row: GridRow): string | null {
  const cell = row.cells[0] ?? '';
  // The cheap test first: a line's word is short.
  if (cell.length > 12 || blank(cell)) return null;
  const word = lineWord(cell);
  return LINE_WORD.test(word) || isLineName(cell) ? word : null;
}

/** A KPI's name alone on its line: its first cell text, no line's word, every other cell empty. */
function isHeading(row: GridRow): boolean {
  if (blank(row.cells[0]) || wordOf(row) !== null) return false;
  for (let c = 1; c < row.cells.length; c += 1) if (!blank(row.cells[c])) return false;
  return /[^\d\s.,%]/.test(row.cells[0] ?? '');
}

interface Group {
  readonly heading: GridRow;
  readonly lines: readonly GridRow[];
  readonly words: readonly string[];
}

/** The KPIs' groups under the header: a heading, then its lines, each named by its word. */
function groupsOf(body: readonly GridRow[]): { groups: Group[]; end: number } | null {
  const groups: Group[] = [];
  let i = 0;
  while (i < body.length && isHeading(body[i] as GridRow)) {
    const heading = body[i] as GridRow;
    const lines: GridRow[] = [];
    const words: string[] = [];
    let j = i + 1;
    for (; j < body.length; j += 1) {
      const word = wordOf(body[j] as GridRow);
      if (word === null) break;
      lines.push(body[j] as GridRow);
      words.push(word);
    }
    // A line alone with no lines under it (a note under the table) ends the groups.
    if (lines.length < 2) break;
    groups.push({ heading, lines, words });
    i = j;
  }
  return groups.length === 0 ? null : { groups, end: i };
}

/**
 * KPIs each printed as its name alone on a line, then its lines named in the same column by
 * their words (指標 | R3 | R4 | R5 over 「健康教室参加者数」, then 目標 / 実績 / 達成率 under it):
 * rewritten as the lines of a KPI named in a column of their own, the name on the first line,
 * which `kpi-lines.ts` joins. Null unless every group under the header is so, with the same
 * words in the same order, and nothing under them is a row of a table.
 */
export function liftHeadingLines(rows: readonly GridRow[]): TurnedTable | null {
  const start = rows.findIndex(isHeaderCandidate);
  const header = rows[start];
  // The cheap test first (every table is asked): the line under the header is a name alone.
  if (!header || !rows[start + 1] || !isHeading(rows[start + 1] as GridRow)) return null;
  const body = rows.slice(start + 1);
  const found = groupsOf(body);
  if (!found) return null;
  const { groups, end } = found;
  const words = groups[0]?.words ?? [];
  const alike = (g: Group) =>
    g.words.length === words.length && g.words.every((w, k) => w === words[k]);
  if (!groups.every(alike) || body.slice(end).some(isTableRow)) return null;
  const origins = new Origins();
  const out = origins.keepAll(rows.slice(0, start));
  const headerAt = out.length + 1;
  // The lines' words get a column of their own, right of the names; its header cell is made.
  const shifted = (row: number, from: GridRow, cells: string[]) => {
    from.cells
      .slice(1)
      .forEach((_, c) => origins.set(row, c + 3, { row: from.row, column: c + 2 }));
    return cells;
  };
  origins.set(headerAt, 1, { row: header.row, column: 1 });
  out.push({
    row: headerAt,
    cells: shifted(headerAt, header, [header.cells[0] ?? '', '', ...header.cells.slice(1)]),
  });
  for (const { heading, lines } of groups)
    lines.forEach((line, k) => {
      const at = out.length + 1;
      origins.set(at, 1, { row: (k === 0 ? heading : line).row, column: 1 });
      origins.set(at, 2, { row: line.row, column: 1 });
      const name = k === 0 ? (heading.cells[0] ?? '') : '';
      out.push({
        row: at,
        cells: shifted(at, line, [name, line.cells[0] ?? '', ...line.cells.slice(1)]),
      });
    });
  origins.append(out, body.slice(end));
  return {
    rows: out,
    origin: origins.origin,
    headerRow: header.row,
    readAs: () => null,
    made: (row, column) => row === headerAt && column === 2,
  };
}
