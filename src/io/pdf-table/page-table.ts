import type { PageContent, Rule, TextRun } from './pdf-page-content.ts';
import { cellText } from './cell-text.ts';
import { joinWrappedLines } from './paragraph-lines.ts';

/*
 * One page's table rebuilt from where things are drawn. The borders give the grid: column
 * edges from the vertical rules, row edges from the horizontal ones. A cell spans rows where
 * no horizontal rule crosses its column (a merged plan-tree cell, a narrative over a KPI's
 * department lines), and columns where no vertical rule crosses its row (実績値 over R3–R5):
 * its text belongs to its top-left place, as a merged cell's does in a workbook. Text outside
 * the ruled area (a title, a legend) is read line by line, one row a line.
 */

/** A row of a page: where it starts on the page, and its cells. */
export interface PageRow {
  readonly y: number;
  readonly cells: readonly string[];
  readonly ruled: boolean;
}

/** Positions closer than this (points) are one edge. */
const SAME_EDGE = 1.5;

interface Segment {
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/** Sorted positions, those within SAME_EDGE of each other merged into their first. */
export function edges(positions: readonly number[]): number[] {
  const sorted = [...positions].sort((a, b) => a - b);
  return sorted.filter((p, i) => i === 0 || p - (sorted[i - 1] ?? p) > SAME_EDGE);
}

/** Vertical borders as x with their extent in y; horizontal ones as y with their extent in x. */
export function segments(rules: readonly Rule[]): { vertical: Segment[]; horizontal: Segment[] } {
  const vertical: Segment[] = [];
  const horizontal: Segment[] = [];
  for (const r of rules) {
    if (r.bottom - r.top > r.right - r.left) {
      vertical.push({ at: (r.left + r.right) / 2, from: r.top, to: r.bottom });
    } else horizontal.push({ at: (r.top + r.bottom) / 2, from: r.left, to: r.right });
  }
  return { vertical, horizontal };
}

const crosses = (list: readonly Segment[], at: number, point: number) =>
  list.some(
    (s) =>
      Math.abs(s.at - at) <= SAME_EDGE && s.from - SAME_EDGE <= point && point <= s.to + SAME_EDGE,
  );

/** How wide a character prints, relative to the others of its run (CJK twice Latin). */
const weight = (char: string) => ((char.codePointAt(0) ?? 0) >= 0x2460 ? 2 : 1);

/** A run cut where a vertical border crosses it (pdfjs joins neighbouring cells' text). */
function splitAtBorders(run: TextRun, vertical: readonly Segment[]): TextRun[] {
  const middle = run.y - run.size / 3;
  const cuts = vertical
    .filter((s) => s.at > run.x + 0.5 && s.at < run.x + run.width - 0.5)
    .filter((s) => s.from <= middle && middle <= s.to)
    .map((s) => s.at)
    .sort((a, b) => a - b);
  if (cuts.length === 0) return [run];
  const chars = [...run.text];
  const unit =
    run.width /
    Math.max(
      1,
      chars.reduce((sum, c) => sum + weight(c), 0),
    );
  const pieces: TextRun[] = [];
  let text = '';
  let x = run.x;
  let start = run.x;
  for (const char of chars) {
    if (cuts.some((cut) => start < cut && x + (weight(char) * unit) / 2 > cut) && text !== '') {
      pieces.push({ ...run, text, x: start, width: x - start });
      text = '';
      start = x;
    }
    text += char;
    x += weight(char) * unit;
  }
  pieces.push({ ...run, text, x: start, width: x - start });
  return pieces;
}

/** The index of the interval of `bounds` holding `value`, or -1 outside them. */
function intervalOf(bounds: readonly number[], value: number): number {
  for (let i = 0; i + 1 < bounds.length; i += 1) {
    if (value >= (bounds[i] ?? 0) && value < (bounds[i + 1] ?? 0)) return i;
  }
  return -1;
}

/** Text outside the ruled area, one row a line, a paragraph the page wrapped one line again. */
function lineRows(runs: readonly TextRun[], pageRight: number): PageRow[] {
  const lines: TextRun[][] = [];
  for (const run of [...runs].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs((l[0]?.y ?? 0) - run.y) < run.size / 2);
    if (line) line.push(run);
    else lines.push([run]);
  }
  const read = lines
    .map((line) => {
      const printed = line.filter((r) => r.text.trim() !== '');
      return {
        y: line[0]?.y ?? 0,
        text: cellText(line),
        left: Math.min(...printed.map((r) => r.x)),
        right: Math.max(...printed.map((r) => r.x + r.width)),
        size: line[0]?.size ?? 0,
      };
    })
    .filter((line) => line.text !== '');
  return joinWrappedLines(read, pageRight).map((line) => ({
    y: line.y,
    cells: [line.text],
    ruled: false,
  }));
}

/**
 * The rows of one page: its ruled table, cell by cell on the document's column edges, and the
 * lines of text around it, top to bottom.
 * @param columns the document's column edges (vertical borders of every page), sorted
 */
export function pageTable(page: PageContent, columns: readonly number[]): PageRow[] {
  const { vertical, horizontal } = segments(page.rules);
  const rows = edges(horizontal.map((s) => s.at));
  const pageRight = Math.max(
    ...page.runs.filter((r) => r.text.trim() !== '').map((r) => r.x + r.width),
  );
  if (rows.length < 2 || columns.length < 2) return lineRows(page.runs, pageRight);
  const runs = page.runs.flatMap((run) => splitAtBorders(run, vertical));
  const cells = new Map<string, TextRun[]>();
  const outside: TextRun[] = [];
  const middleOf = (bounds: readonly number[], i: number) =>
    ((bounds[i] ?? 0) + (bounds[i + 1] ?? 0)) / 2;
  for (const run of runs) {
    let row = intervalOf(rows, run.y - run.size / 3);
    let column = intervalOf(columns, run.x + Math.min(run.width / 2, run.size / 2));
    if (row < 0 || column < 0) {
      outside.push(run);
      continue;
    }
    while (row > 0 && !crosses(horizontal, rows[row] ?? 0, middleOf(columns, column))) row -= 1;
    while (column > 0 && !crosses(vertical, columns[column] ?? 0, middleOf(rows, row))) column -= 1;
    const key = `${row},${column}`;
    const cell = cells.get(key);
    if (cell) cell.push(run);
    else cells.set(key, [run]);
  }
  // A cell's width up to the next border crossing its row (a merged cell spans columns).
  const cellWidth = (row: number, column: number) => {
    let right = column + 1;
    while (
      right + 1 < columns.length &&
      !crosses(vertical, columns[right] ?? 0, middleOf(rows, row))
    ) {
      right += 1;
    }
    return (columns[right] ?? 0) - (columns[column] ?? 0);
  };
  const table: PageRow[] = [];
  for (let row = 0; row + 1 < rows.length; row += 1) {
    const texts = columns
      .slice(0, -1)
      .map((_, column) => cellText(cells.get(`${row},${column}`) ?? [], cellWidth(row, column)));
    if (texts.some((t) => t !== '')) table.push({ y: rows[row] ?? 0, cells: texts, ruled: true });
  }
  return [...table, ...lineRows(outside, pageRight)].sort((a, b) => a.y - b.y);
}
