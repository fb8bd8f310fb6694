import type { ColumnRoleName } from '../../domain/column-role-name.ts';
import { parseFigureText } from '../../domain/figure-text.ts';
import type { GridRow } from '../grid.ts';
import type { TurnedTable } from './cell-origin.ts';
import { madeHeader, Origins } from './cell-origin.ts';
import { isTableRow } from './table-block.ts';

/** A KPI line of a plan's list: its name, a colon, where it starts, an arrow, where it is to go. */
const LINE = /^(.*?\S)\s*[:：]\s*(\S(?:.*?\S)?)\s*[→⇒➡]\s*(\S.*)$/;

/** The roles of the rewritten grid's columns: the headings' two levels, the KPI, its two figures. */
const ROLES: readonly ColumnRoleName[] = ['policy', 'theme', 'kpi', 'baseline', 'target'];

/** The header words of the rewritten grid, made (the list prints none). */
const HEADER = ['基本目標', '施策', '指標', '現状値', '目標値'];

/** A heading numbered 「1.」 (a 基本目標) or 「(1)」 (a 施策 under it). */
const POLICY_HEADING = /^\d{1,2}\s*[.．]\s*\D/;
const THEME_HEADING = /^[(（]\d{1,2}[)）]\s*\S/;

const REWRITTEN = 'rewritten from lines of 「名:現状 → 目標」';

/** The three parts of a KPI line, or null when the line is none. */
function goalLine(line: GridRow): { name: string; from: string; to: string } | null {
  const text = (line.cells[0] ?? '').trim();
  // Most lines hold no arrow: a character search first.
  if (!/[→⇒➡]/.test(text)) return null;
  const match = LINE.exec(text);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  return { name: match[1], from: match[2], to: match[3] };
}

/** Whether a line's target reads as a figure (a misprint, 「4億3,0000万円」, does not). */
const hasFigureTarget = (parts: { to: string }) => parseFigureText(parts.to)?.figure.value != null;

/**
 * A plan's KPIs printed as a list, not a grid: one line each, 「① 新規就農者数:1.4人/年 → 4組/年」
 * (a name, a colon, where it starts, an arrow, its target), the lines of 施策 and 基本目標 that
 * head them between (「(1)第一次産業の振興」). Each KPI line is made a row of its name, its
 * starting point and its target, under a header made for them; the other lines stay where they
 * are, one cell each, as the headings they are. Null unless every line is one cell and three or
 * more are KPI lines with a figure for a target.
 */
export function readArrowGoalLines(rows: readonly GridRow[]): TurnedTable | null {
  if (rows.length < 3 || rows.some(isTableRow)) return null;
  const parts = rows.map(goalLine);
  if (parts.filter((p) => p !== null && hasFigureTarget(p)).length < 3) return null;
  const line = (r: GridRow | undefined) => (r?.cells[0] ?? '').trim();
  const level = (r: GridRow | undefined) => {
    const text = line(r).normalize('NFKC');
    return POLICY_HEADING.test(text) ? 0 : THEME_HEADING.test(text) ? 1 : null;
  };
  const first = rows.findIndex((r, i) => parts[i] !== null || level(r) !== null);
  const origins = new Origins();
  // The lines above the first heading or KPI line (a title) kept above the header.
  const out = origins.keepAll(rows.slice(0, first));
  const headerRow = out.length + 1;
  const firstLine = rows[first] as GridRow;
  out.push({ row: headerRow, cells: [...HEADER] });
  HEADER.forEach((_, c) => origins.set(headerRow, c + 1, { row: firstLine.row, column: 1 }));
  // Each KPI line is split in three: the line as printed stands behind each part.
  const whole = new Map<number, string>();
  // The KPIs under each 施策 are numbered afresh (①, ② under (1), ①, ② again under (2)).
  const starts = new Set<number>();
  // A heading is printed on the row of the first KPI under it, as a plan tree's cells are.
  let pending: (GridRow | null)[] = [null, null];
  const flush = (cells: string[], at: number) => {
    pending.forEach((heading, column) => {
      if (!heading) return;
      cells[column] = line(heading);
      origins.set(at, column + 1, { row: heading.row, column: 1 });
      if (column === 1) starts.add(at);
    });
    pending = [null, null];
  };
  rows.slice(first).forEach((r, i) => {
    const goal = parts[first + i];
    const heading = goal ? null : level(r);
    if (heading !== null) {
      // Two headings of one level with no KPI between: the first stands on a row of its own.
      if (pending[heading]) {
        const cells = ['', '', '', '', ''];
        flush(cells, out.length + 1);
        out.push({ row: out.length + 1, cells });
      }
      if (heading === 0) pending[1] = null;
      pending[heading] = r;
      return;
    }
    const at = out.length + 1;
    const cells = ['', '', '', '', ''];
    flush(cells, at);
    if (goal) {
      whole.set(at, line(r));
      [goal.name, goal.from, goal.to].forEach((text, k) => {
        cells[k + 2] = text;
        origins.set(at, k + 3, { row: r.row, column: 1 });
      });
    } else {
      cells[2] = line(r);
      origins.set(at, 3, { row: r.row, column: 1 });
    }
    out.push({ row: at, cells });
  });
  if (pending.some((h) => h !== null)) {
    const cells = ['', '', '', '', ''];
    flush(cells, out.length + 1);
    out.push({ row: out.length + 1, cells });
  }
  return {
    rows: out,
    origin: origins.origin,
    headerRow: null,
    readAs: () => null,
    ...madeHeader(headerRow, ROLES, REWRITTEN),
    tableStarts: starts,
    printed: (row, column) => (column >= 3 ? (whole.get(row) ?? null) : null),
  };
}
