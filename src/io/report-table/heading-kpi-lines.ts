import type { GridRow } from '../grid.ts';
import type { TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { LINE_WORD, lineWord } from './line-words.ts';
import { isLineName } from './rate-named-lines.ts';
import { isHeaderCandidate, isTableRow } from './table-block.ts';

const blank = (cell: string | undefined) => (cell ?? '').trim() === '';

/** A line's word in its first filled cell, at `column` (目標, 実績, 達成率; 予定, 結果, 割合), or null. */
function wordOf(row: GridRow, column: number): string | null {
  const cell = row.cells[column] ?? '';
  // The cheap test first: a line's word is short.
  if (cell.length > 12 || blank(cell)) return null;
  for (let c = 0; c < column; c += 1) if (!blank(row.cells[c])) return null;
  const word = lineWord(cell);
  return LINE_WORD.test(word) || isLineName(cell) ? word : null;
}

/** The column of a line's word: its first filled cell's. */
const firstFilled = (row: GridRow | undefined) => row?.cells.findIndex((c) => !blank(c)) ?? -1;

/** A KPI's name alone on its line: its first cell text, no line's word, every other cell empty. */
function isHeading(row: GridRow): boolean {
  if (blank(row.cells[0]) || wordOf(row, 0) !== null) return false;
  for (let c = 1; c < row.cells.length; c += 1) if (!blank(row.cells[c])) return false;
  return /[^\d\s.,%]/.test(row.cells[0] ?? '');
}

interface Group {
  readonly heading: GridRow;
  readonly lines: readonly GridRow[];
  readonly words: readonly string[];
}

/** The KPIs' groups under the header: a heading, then its lines, each named by its word at `column`. */
function groupsOf(body: readonly GridRow[], column: number): { groups: Group[]; end: number } {
  const groups: Group[] = [];
  let i = 0;
  while (i < body.length && isHeading(body[i] as GridRow)) {
    const heading = body[i] as GridRow;
    const lines: GridRow[] = [];
    const words: string[] = [];
    let j = i + 1;
    for (; j < body.length; j += 1) {
      const word = wordOf(body[j] as GridRow, column);
      if (word === null) break;
      lines.push(body[j] as GridRow);
      words.push(word);
    }
    // A line alone with no lines under it (a note under the table) ends the groups.
    if (lines.length < 2) break;
    groups.push({ heading, lines, words });
    i = j;
  }
  return { groups, end: i };
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
  // The lines' words in the names' column (指標 | R3 …), or in one of their own (指標 | 区分 | R3 …).
  const column = firstFilled(body[1]);
  if (column < 0) return null;
  const { groups, end } = groupsOf(body, column);
  const words = groups[0]?.words ?? [];
  const alike = (g: Group) =>
    g.words.length === words.length && g.words.every((w, k) => w === words[k]);
  if (groups.length === 0 || !groups.every(alike) || body.slice(end).some(isTableRow)) return null;
  // The words get a column of their own right of the names, its header cell made, where the
  // names' column holds them; else each name moves onto its first line, in the empty cell there.
  const inserted = column === 0 ? 1 : 0;
  const origins = new Origins();
  const out = origins.keepAll(rows.slice(0, start));
  const headerAt = out.length + 1;
  /** A line of the grid: its first cell from `firstFrom`, the rest the line's, shifted by `inserted`. */
  const push = (first: string, firstFrom: GridRow, from: GridRow, rest: readonly string[]) => {
    const at = out.length + 1;
    origins.set(at, 1, { row: firstFrom.row, column: 1 });
    rest.forEach((_, i) => {
      const c = i + (inserted === 1 ? 0 : 1);
      origins.set(at, i + 2, { row: from.row, column: c + 1 });
    });
    out.push({ row: at, cells: [first, ...rest] });
  };
  if (inserted === 1) push(header.cells[0] ?? '', header, header, ['', ...header.cells.slice(1)]);
  else push(header.cells[0] ?? '', header, header, header.cells.slice(1));
  for (const { heading, lines } of groups)
    lines.forEach((line, k) => {
      const name = k === 0 ? (heading.cells[0] ?? '') : '';
      push(name, k === 0 ? heading : line, line, inserted === 1 ? line.cells : line.cells.slice(1));
    });
  origins.append(out, body.slice(end));
  return {
    rows: out,
    origin: origins.origin,
    headerRow: header.row,
    readAs: () => null,
    made: (row, column) => row === headerAt && column === 2 && inserted === 1,
  };
}
