import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { GridRow } from '../grid.ts';
import { isAgeGroupLabel } from './age-group-label.ts';
import { carriedTargetCells } from './merged-target-cells.ts';
import { isPerOneName } from './per-one-name.ts';
import { figureInLineName } from './figure-in-line-name.ts';
import type { TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { isHeaderCandidate, tableBlock } from './table-block.ts';

const blank = (cell: string | undefined) => (cell ?? '').trim() === '';
const hasDigit = (cell: string) => /[0-9０-９]/.test(cell);
const isFigure = (cell: string) => hasDigit(cell) && parseDescribedFigure(cell) !== undefined;
/**
 * A label cell holding a figure: not an age group (「20 代男性」) nor a quantity per one of
 * something (「1事業所当たりの排出量」), nor a class bounded by a figure (「車道5.5m未満」), which name
 * their lines.
 */
const isLabelFigure = (cell: string) =>
  isFigure(cell) && !isAgeGroupLabel(cell) && !isPerOneName(cell) && !figureInLineName(cell);

/** How many columns after the first no header line names: the tree's lower levels. */
function unheadedColumns(headerLines: readonly GridRow[], width: number): number {
  let c = 1;
  while (c < width && headerLines.every((r) => blank(r.cells[c]))) c += 1;
  return c - 1;
}

/**
 * A mark standing for no figure (「-」, 「- MWh」 with the unit it would have had): 循環型社会形成推進地域計画
 * 改善計画書 熱回収量 「年間の発電電力量」, printed 「- MWh」 in every column (no plant).
 */
function isNoFigureMark(cell: string): boolean {
  if (blank(cell) || hasDigit(cell)) return false;
  const figure = parseDescribedFigure(cell)?.parsed.figure;
  return figure !== undefined && figure.value === null && figure.mark !== null;
}

/**
 * Whether a line's label cells hold text only, and a figure follows them, or marks of no figure
 * only (a line of the tree printed with none: it is still one of its lines).
 */
function isTreeLine(line: GridRow, levels: number): boolean {
  const labels = line.cells.slice(0, levels);
  if (labels.every((cell) => blank(cell)) || labels.some((cell) => isLabelFigure(cell)))
    return false;
  const rest = line.cells.slice(levels);
  return (
    rest.some(isFigure) ||
    (rest.some(isNoFigureMark) && rest.every((cell) => blank(cell) || isNoFigureMark(cell))) ||
    // A lowest line printed empty (徳島県 自動車税 | 現 with no figure: nothing due there) is still
    // one of the tree's lines, as its kind (現 / 滞 / 計) beside its siblings' says.
    (blank(labels[0]) && rest.every((cell) => blank(cell)) && !blank(labels[labels.length - 1]))
  );
}

/** The first label column a line prints (0: a new group of the top level). */
const topLevelOf = (line: GridRow, levels: number) =>
  line.cells.slice(0, levels).findIndex((cell) => !blank(cell));

/**
 * Each line's full name: the labels of its levels, those left empty carried down from the line
 * above until a higher level is printed again.
 */
function paths(lines: readonly GridRow[], levels: number): string[] | null {
  // Each level's label kept in its own place: a group printed with a level left empty
  // (再生利用量 | (none) | 直接資源化量) does not pass its lowest label on as a middle level's
  // (総資源化量 under 再生利用量 alone, not under 直接資源化量).
  const carried: string[] = [];
  const out: string[] = [];
  for (const line of lines) {
    const top = line.cells.slice(0, levels).findIndex((cell) => !blank(cell));
    if (top > 0 && carried.length === 0) return null;
    for (let c = top; c < levels; c += 1) carried[c] = (line.cells[c] ?? '').trim();
    out.push(carried.filter((label) => label !== '').join(' '));
  }
  return out;
}

/**
 * Row labels over several columns, a tree printed in merged cells (廿日市市 公共施設の延べ床面積:
 * 行政財産(建物) > 公用財産 > 庁舎, then その他の公用財産 under the same two): the header names the
 * first column only (分類), the next ones, headed by nothing, hold the lower levels, each
 * printed on its group's first line only. Each line is a KPI named by its whole path
 * (「行政財産(建物) 公用財産 その他の公用財産」), written in the first column, the others left
 * empty. Null unless two columns or more after the first have no header, and every line under
 * the header holds text only in them (its first line in the first) and a figure after them (or
 * marks of no figure only, 「- MWh」);
 * one such column is read by group-line-labels.ts.
 */
export function readTreeLabelColumns(rows: readonly GridRow[]): TurnedTable | null {
  // The cheap tests first (this runs on every table): the header names its first column only.
  const first = rows.find(isHeaderCandidate);
  if (!first || !blank(first.cells[1]) || !blank(first.cells[2])) return null;
  // A workbook's header may name none of the label columns, its figures' columns only (徳島県
  // 県税の税目別調定収入状況調: 「 | | | 調定額 | 収入額 | …」 over 東部 › 徳島 › 現 / 滞 / 計).
  if (blank(first.cells[0]) && !first.cells.slice(3).some((cell) => !blank(cell))) return null;
  const block = tableBlock(rows);
  if (!block) return null;
  const start = block.body.findIndex((line) => line.cells.some(isFigure));
  if (start < 0) return null;
  const headerLines = [block.header, ...block.body.slice(0, start)];
  const width = Math.max(...headerLines.map((r) => r.cells.length));
  const levels = unheadedColumns(headerLines, width) + 1;
  if (levels < 3 || levels >= width) return null;
  const lines = block.body.slice(start);
  if (blank(lines[0]?.cells[0]) || !lines.every((line) => isTreeLine(line, levels))) return null;
  // Labels no header names are a tree only where a level is carried down, printed once for its
  // lines (東部 over its 現 / 滞 / 計): a row of words on every line is no tree (石巻市 「自立性 |
  // 将来性 | …」 over 「○ | - | …」).
  if (blank(first.cells[0]) && lines.every((line) => !blank(line.cells[0]))) return null;
  const named = paths(lines, levels);
  if (!named) return null;

  const origins = new Origins();
  const out = rows.map((row, i) => {
    origins.keep(i + 1, row);
    return { row: i + 1, cells: row.cells };
  });
  // The lower levels' cells a line's name was joined from: read with it, as its copies.
  const joined = new Map<number, { row: number; column: number }[]>();
  lines.forEach((line, l) => {
    const at = rows.indexOf(line);
    const cells = [
      named[l] ?? '',
      ...line.cells.slice(1).map((cell, c) => (c + 1 < levels ? '' : cell)),
    ];
    out[at] = { row: at + 1, cells };
    const lower = line.cells
      .slice(1, levels)
      .flatMap((cell, c) => (blank(cell) ? [] : [{ row: line.row, column: c + 2 }]));
    if (lower.length > 0) joined.set(at + 1, lower);
  });
  // A target printed once for a group's lines, in a merged cell: each line of it takes it.
  const tops = lines.map((line, l) => (topLevelOf(line, levels) < 1 ? `${l}` : ''));
  const groups = tops.map((top, l) =>
    top !== '' ? top : (tops.slice(0, l).findLast((t) => t !== '') ?? ''),
  );
  for (const carried of carriedTargetCells(block.header, lines, groups, levels)) {
    const target = lines[carried.from] as GridRow;
    const at = rows.indexOf(lines[carried.line] as GridRow);
    const cells = [...(out[at]?.cells ?? [])];
    cells[carried.column] = target.cells[carried.column] ?? '';
    out[at] = { row: at + 1, cells };
    origins.set(at + 1, carried.column + 1, { row: target.row, column: carried.column + 1 });
  }
  return {
    rows: out,
    origin: origins.origin,
    headerRow: block.header.row,
    readAs: () => null,
    copies: (row, column) => (column === 1 ? (joined.get(row) ?? []) : []),
  };
}
