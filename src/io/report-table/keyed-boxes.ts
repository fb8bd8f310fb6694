import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { GridRow } from '../grid.ts';
import { filledCount } from '../grid.ts';
import type { CellOrigin, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { classifyHeader, headerYear } from './column-role.ts';
import { LINE_WORD, lineWord } from './line-words.ts';

const REWRITTEN = 'rewritten from boxes keyed by the same labels, joined';

/** A box: its header, and for each key its lines (one, or several named in the second column). */
interface Box {
  readonly header: GridRow;
  readonly lines: readonly (readonly GridRow[])[];
}

const cellAt = (row: GridRow, c: number) => (row.cells[c] ?? '').trim();

/** A box's header: two cells or more, none a figure (a year aside: 「H27」, 「基準値 (平成26年度)」). */
function isBoxHeader(row: GridRow): boolean {
  if (filledCount(row) < 2) return false;
  return row.cells.every((cell) => {
    const text = cell.trim();
    return text === '' || headerYear(text) !== null || parseDescribedFigure(text) === undefined;
  });
}

/** The labels printed first on two rows or more: the keys the boxes may share. */
function repeatedKeys(rows: readonly GridRow[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const row of rows) {
    const key = cellAt(row, 0);
    if (key === '') continue;
    if (seen.has(key)) twice.add(key);
    else seen.add(key);
  }
  return twice;
}

/**
 * The keys of the first box: the run of rows after a header whose first cells are each printed
 * again later, each once in the run, up to a row whose next row starts with a key of the run
 * again (the next box's header, 「年度」, itself printed twice).
 */
function firstKeys(rows: readonly GridRow[], repeated: ReadonlySet<string>): Set<string> | null {
  for (let i = 0; i + 1 < rows.length; i += 1) {
    const header = rows[i] as GridRow;
    if (!repeated.has(cellAt(rows[i + 1] as GridRow, 0)) || !isBoxHeader(header)) continue;
    const keys = new Set<string>();
    for (let j = i + 1; j < rows.length; j += 1) {
      const key = cellAt(rows[j] as GridRow, 0);
      const next = rows[j + 1];
      if (key === '' || !repeated.has(key) || keys.has(key)) break;
      if (next && keys.has(cellAt(next, 0))) break;
      keys.add(key);
    }
    return keys.size >= 2 ? keys : null;
  }
  return null;
}

/**
 * The boxes of the rows, each a header over lines keyed in the first column (a line with that
 * column empty the key's next line), or null when a key is printed outside a box.
 */
function findBoxes(
  rows: readonly GridRow[],
  keys: ReadonlySet<string>,
): { boxes: Box[]; first: number; end: number } | null {
  const boxes: Box[] = [];
  let first = -1;
  let end = 0;
  let i = 0;
  while (i < rows.length) {
    const header = rows[i] as GridRow;
    const next = rows[i + 1];
    // A box's rows are passed over whole: a key met here is printed outside a box.
    if (keys.has(cellAt(header, 0))) return null;
    if (!next || !keys.has(cellAt(next, 0)) || !isBoxHeader(header)) {
      i += 1;
      continue;
    }
    const lines: GridRow[][] = [];
    let j = i + 1;
    for (; j < rows.length; j += 1) {
      const row = rows[j] as GridRow;
      const key = cellAt(row, 0);
      if (keys.has(key)) lines.push([row]);
      else if (key === '' && filledCount(row) > 0) lines[lines.length - 1]?.push(row);
      else break;
    }
    if (first < 0) first = i;
    boxes.push({ header, lines });
    end = j;
    i = j;
  }
  return boxes.length >= 2 ? { boxes, first, end } : null;
}

/** The words naming a box's lines in its second column, the same for every key; null when none. */
function lineWords(box: Box): string[] | null {
  const count = box.lines[0]?.length ?? 0;
  if (count < 2 || cellAt(box.header, 1) !== '') return null;
  const words = (box.lines[0] ?? []).map((l) => cellAt(l, 1));
  const named = (w: string) => w !== '' && parseDescribedFigure(w) === undefined;
  if (!words.every(named)) return null;
  const same = box.lines.every(
    (lines) => lines.length === count && lines.every((l, k) => cellAt(l, 1) === words[k]),
  );
  return same ? words : null;
}

/** A column of the joined table: its header words and where each of its cells comes from. */
interface Joined {
  readonly header: string;
  readonly headerAt: CellOrigin;
  /** The line words a joined header puts before the box's header cell (copies of that cell). */
  readonly wordsAt: readonly CellOrigin[];
  /** For each key, the cell's place, or null. */
  readonly at: readonly (GridRow | undefined)[];
  readonly column: number;
}

/** A box's columns after its key: as printed, or each line's under each year, 「達成率 H27」. */
function boxColumns(box: Box): Joined[] | null {
  const width = Math.max(box.header.cells.length, ...box.lines.flat().map((l) => l.cells.length));
  const words = lineWords(box);
  const out: Joined[] = [];
  if (words === null) {
    if (box.lines.some((lines) => lines.length !== 1)) return null;
    for (let c = 1; c < width; c += 1)
      out.push({
        header: cellAt(box.header, c),
        headerAt: { row: box.header.row, column: c + 1 },
        wordsAt: [],
        at: box.lines.map((lines) => lines[0]),
        column: c,
      });
    return out;
  }
  for (const [k, word] of words.entries())
    for (let c = 2; c < width; c += 1) {
      const year = cellAt(box.header, c);
      const at = box.lines.map((lines) => lines[k]);
      // A cell under no header word: the box is not one of lines under years.
      if (year === '') {
        if (at.some((l) => l !== undefined && cellAt(l, c) !== '')) return null;
        continue;
      }
      out.push({
        header: `${word} ${year}`,
        headerAt: { row: box.header.row, column: c + 1 },
        wordsAt: box.lines.map((lines) => ({ row: (lines[k] as GridRow).row, column: 2 })),
        at,
        column: c,
      });
    }
  return out;
}

/**
 * A sheet of boxes one under another, each under a header of its own and keyed by the same
 * labels in its first column (宇陀市 総合戦略 数値目標評価シート: 「重要業績評価指標 KPI(1)」 /
 * 「KPI(2)」 over 指標名 \| 基準値 \| 目標値, again over 策定時 \| H27 … \| 単位, again over each
 * KPI's 達成率 and 評価 lines under the years). Joined into one row per key, the boxes' columns
 * side by side under their own header words; a box of several lines per key, each named in the
 * second column under an empty header cell, gives a column per line and year, the line's word
 * before the year (「達成率 H27」). Null unless two boxes or more share the same keys, two or more,
 * in the same order, and no key is printed outside a box.
 */
export function joinKeyedBoxes(rows: readonly GridRow[]): TurnedTable | null {
  const repeated = repeatedKeys(rows);
  if (repeated.size < 2) return null;
  const keys = firstKeys(rows, repeated);
  if (!keys) return null;
  const found = findBoxes(rows, keys);
  if (!found) return null;
  const { boxes, first, end } = found;
  const order = (box: Box) => box.lines.map((lines) => cellAt(lines[0] as GridRow, 0)).join('\n');
  const keyOrder = order(boxes[0] as Box);
  if (new Set(keyOrder.split('\n')).size !== (boxes[0] as Box).lines.length) return null;
  if ((boxes[0] as Box).lines.length < 2 || boxes.some((b) => order(b) !== keyOrder)) return null;
  // The boxes are of different columns (a header printed again is `repeated-header-blocks.ts`'s),
  // the first names the KPIs beside their keys, and the keys are labels, no kind of figure or year.
  const headers = new Set(boxes.map((b) => b.header.cells.map((c) => c.trim()).join('\t')));
  if (headers.size !== boxes.length) return null;
  if (
    !(boxes[0] as Box).header.cells.some((c, i) => i > 0 && classifyHeader(c).role.kind === 'kpi')
  )
    return null;
  for (const key of keys) {
    const kind = classifyHeader(key).role.kind;
    if (kind !== 'kpi' && kind !== 'other') return null;
    if (headerYear(key) !== null || LINE_WORD.test(lineWord(key))) return null;
  }
  const columns: Joined[] = [];
  for (const box of boxes) {
    const own = boxColumns(box);
    if (own === null) return null;
    columns.push(...own);
  }
  const origins = new Origins();
  const out = origins.keepAll(rows.slice(0, first));
  const copies = new Map<string, CellOrigin[]>();
  const headerRow = out.length + 1;
  const corner = boxes[0]?.header as GridRow;
  out.push({ row: headerRow, cells: [cellAt(corner, 0), ...columns.map((c) => c.header)] });
  origins.set(headerRow, 1, { row: corner.row, column: 1 });
  // A later box's corner (「年度」) is read with its header: a copy of the corner, or of its
  // box's first header cell where the corner is printed empty.
  const firstOf = new Map<number, number>();
  columns.forEach((c, k) => {
    if (!firstOf.has(c.headerAt.row)) firstOf.set(c.headerAt.row, k + 2);
  });
  const later = boxes.slice(1).map((b) => ({ row: b.header.row, column: 1 }));
  if (cellAt(corner, 0) !== '') copies.set(`${headerRow}:1`, later);
  else
    for (const at of later) {
      const key = `${headerRow}:${firstOf.get(at.row) ?? 1}`;
      copies.set(key, [...(copies.get(key) ?? []), at]);
    }
  columns.forEach((c, k) => {
    origins.set(headerRow, k + 2, c.headerAt);
    if (c.wordsAt.length > 0) {
      const key = `${headerRow}:${k + 2}`;
      copies.set(key, [...(copies.get(key) ?? []), ...c.wordsAt]);
    }
  });
  (boxes[0] as Box).lines.forEach((lines, n) => {
    const at = out.length + 1;
    const keyRow = lines[0] as GridRow;
    out.push({
      row: at,
      cells: [cellAt(keyRow, 0), ...columns.map((c) => (c.at[n] ? cellAt(c.at[n], c.column) : ''))],
    });
    origins.set(at, 1, { row: keyRow.row, column: 1 });
    copies.set(
      `${at}:1`,
      boxes.slice(1).map((b) => ({ row: (b.lines[n]?.[0] as GridRow).row, column: 1 })),
    );
    columns.forEach((c, k) => {
      const line = c.at[n];
      if (line) origins.set(at, k + 2, { row: line.row, column: c.column + 1 });
    });
  });
  origins.append(out, rows.slice(end));
  const cornerEmpty = cellAt(corner, 0) === '';
  return {
    rows: out,
    origin: origins.origin,
    headerRow: null,
    readAs: () => null,
    copies: (row, column) => copies.get(`${row}:${column}`) ?? [],
    // The keys, under no header word, kept beside each KPI as printed.
    given: (row, column) =>
      row === headerRow && column === 1 && cornerEmpty
        ? { role: 'narrative', because: REWRITTEN }
        : null,
  };
}
