import type { ColumnRoleName } from '../../domain/column-role-name.ts';
import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { GridRow } from '../grid.ts';
import { filledCount } from '../grid.ts';
import type { TurnedTable } from './cell-origin.ts';
import { madeHeader, Origins } from './cell-origin.ts';

/**
 * A line of a KPI's figures with no name: where it stands, an arrow, where it is to go, each after
 * its word (佐賀市 住宅マスタープラン 「現状 83.5%(平成 27 年度) ⇒ 目標 84.7%(平成 37 年度)」).
 */
const GOAL = /^(現状値?|現況値?|基準値?)\s*(\S.*?)\s*[→⇒➡]\s*(目標値?)\s*(\S.*)$/;

const ARROW = /[→⇒➡]/;

const REWRITTEN = 'rewritten from a name line over a line of 「現状 X ⇒ 目標 Y」';

interface Goal {
  readonly from: string;
  readonly to: string;
  readonly fromWord: string;
  readonly toWord: string;
}

/** The figure line a row is, or null. */
function goalLine(row: GridRow): Goal | null {
  const text = (row.cells[0] ?? '').trim();
  // Most lines start with no word of a baseline (現状, 現況, 基準) or hold no arrow: cheap tests first.
  if (!(text.startsWith('現') || text.startsWith('基')) || !ARROW.test(text)) return null;
  const match = GOAL.exec(text);
  if (!match?.[1] || !match[2] || !match[3] || !match[4]) return null;
  if (parseDescribedFigure(match[4])?.parsed.figure.value == null) return null;
  return { fromWord: match[1], from: match[2], toWord: match[3], to: match[4] };
}

/**
 * A plan's indicators as pairs of lines, no grid: each its name on a line (「○ 住居が…と感じてい
 * る市民の割合」, a label before it in a cell of its own, 「成果指標Ⅰ」), then a line of its
 * figures, 「現状 X(年) ⇒ 目標 Y(年)」, the cells after it (its source, reference targets) notes.
 * Each pair is made one row: the label, the name, the baseline, the target and the notes, under a
 * header of the figure line's own words. The other lines between (the plan's headings, 「【重点施
 * 策Ⅰ】 | ○ …」, 「1-1 …」, their cells also marked ○) are the plan's headings, each cell a
 * heading of its own on the row of the next KPI, or on a row of its own. A name is the line just
 * above a figure line, never a heading found by its mark. Null unless two such pairs or more.
 */
export function readNameGoalLines(rows: readonly GridRow[]): TurnedTable | null {
  const goals = rows.map(goalLine);
  const pairs = goals.filter((g, i) => g !== null && i > 0 && goals[i - 1] === null);
  if (pairs.length < 2) return null;
  const isName = (i: number) =>
    goals[i] === null && goals[i + 1] != null && filledCount(rows[i] as GridRow) > 0;
  const first = rows.findIndex((_, i) => isName(i));
  const notes = Math.max(0, ...goals.map((g, i) => (g ? filledCount(rows[i] as GridRow) - 1 : 0)));
  // heading | label | name | baseline | target | notes …
  const width = 5 + notes;
  const origins = new Origins();
  const out = origins.keepAll(rows.slice(0, first));
  const headerRow = out.length + 1;
  const firstGoal = rows[first + 1] as GridRow;
  const goal = goals[first + 1] as Goal;
  const header = Array.from({ length: width }, (_, c) =>
    c === 3 ? goal.fromWord : c === 4 ? goal.toWord : '',
  );
  out.push({ row: headerRow, cells: header });
  header.forEach((_, c) => origins.set(headerRow, c + 1, { row: firstGoal.row, column: 1 }));
  // The label and the notes are kept as printed, beside the KPI (no header word names them).
  const roles: ColumnRoleName[] = ['policy', 'narrative', 'kpi', 'baseline', 'target'];
  for (let c = 5; c < width; c += 1) roles.push('narrative');
  const whole = new Map<number, string>();
  let pending: { text: string; from: { row: number; column: number } } | null = null;
  const blank = () => Array.from({ length: width }, () => '');
  const push = (cells: string[]) => {
    const at = out.length + 1;
    out.push({ row: at, cells });
    return at;
  };
  const putPending = (cells: string[], at: number) => {
    if (!pending) return;
    cells[0] = pending.text;
    origins.set(at, 1, pending.from);
    pending = null;
  };
  for (let i = first; i < rows.length; i += 1) {
    const row = rows[i] as GridRow;
    const figures = goals[i];
    if (figures) continue;
    if (isName(i)) {
      const at = out.length + 1;
      const cells = blank();
      putPending(cells, at);
      const places = row.cells
        .map((c, k) => ({ text: c.trim(), column: k + 1 }))
        .filter((p) => p.text !== '');
      const name = places[places.length - 1] as { text: string; column: number };
      cells[2] = name.text;
      origins.set(at, 3, { row: row.row, column: name.column });
      const label = places.slice(0, -1);
      if (label.length === 1) {
        cells[1] = (label[0] as { text: string }).text;
        origins.set(at, 2, { row: row.row, column: (label[0] as { column: number }).column });
      }
      const line = rows[i + 1] as GridRow;
      const goalAt = goals[i + 1] as Goal;
      whole.set(at, (line.cells[0] ?? '').trim());
      cells[3] = goalAt.from;
      cells[4] = goalAt.to;
      origins.set(at, 4, { row: line.row, column: 1 });
      origins.set(at, 5, { row: line.row, column: 1 });
      line.cells.slice(1).forEach((text, k) => {
        if (text.trim() === '' || 5 + k >= width) return;
        cells[5 + k] = text.trim();
        origins.set(at, 6 + k, { row: line.row, column: k + 2 });
      });
      push(cells);
      continue;
    }
    // A heading line: each of its cells a heading, the last one waiting for the next KPI.
    row.cells.forEach((text, k) => {
      if (text.trim() === '') return;
      if (pending) {
        const cells = blank();
        putPending(cells, out.length + 1);
        push(cells);
      }
      pending = { text: text.trim(), from: { row: row.row, column: k + 1 } };
    });
  }
  if (pending) {
    const cells = blank();
    putPending(cells, out.length + 1);
    push(cells);
  }
  return {
    rows: out,
    origin: origins.origin,
    headerRow: null,
    readAs: () => null,
    ...madeHeader(headerRow, roles, REWRITTEN),
    printed: (row, column) => (column === 4 || column === 5 ? (whole.get(row) ?? null) : null),
  };
}
