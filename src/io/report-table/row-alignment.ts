import type { GridRow } from '../grid.ts';
import { startsWithKpiCode } from './label-cells.ts';

/** A data row put back under the header: its cells trimmed and moved right by `shift`. */
export interface AlignedRow {
  /** The row's 1-based number in the file. */
  readonly row: number;
  readonly cells: readonly string[];
  /** How many columns PDF extraction had moved the row left (⑲, ⑳: one). */
  readonly shift: number;
}

/**
 * Realigns a row whose KPI code sits left of the KPI column: PDF extraction shifted it (⑲, ⑳).
 * A row that fills the header's width is not shifted: its numbered cell left of the KPI column
 * is a theme's (水道ビジョン 施策 「①おいしい水の供給」 before 指標), not a KPI's code moved left.
 * @example alignRow({ row: 30, cells: ['', '⑲ 訓練回数', '情報政策課'] }, 2).shift // 1
 */
export function alignRow(
  row: GridRow,
  kpiColumn: number | null,
  width = Number.POSITIVE_INFINITY,
): AlignedRow {
  const trimmed = trimmedCells(row.cells);
  const codeAt = kpiColumn === null ? -1 : trimmed.findIndex(startsWithKpiCode);
  const moved = kpiColumn !== null && codeAt >= 0 && codeAt < kpiColumn ? kpiColumn - codeAt : 0;
  const shift = moved > 0 && lastFilled(trimmed) + moved >= width ? 0 : moved;
  const cells = shift === 0 ? trimmed : [...Array<string>(shift).fill(''), ...trimmed];
  return { row: row.row, cells, shift };
}

/** The index of the row's last non-empty cell, -1 when it has none. */
function lastFilled(cells: readonly string[]): number {
  for (let index = cells.length - 1; index >= 0; index -= 1) if (cells[index] !== '') return index;
  return -1;
}

/** The cells trimmed, the same array when none needs it (most rows: no copy per row). */
function trimmedCells(cells: readonly string[]): readonly string[] {
  let copy: string[] | null = null;
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index] ?? '';
    const trimmed = cell.trim();
    if (copy === null && trimmed !== cell) copy = cells.slice(0, index);
    copy?.push(trimmed);
  }
  return copy ?? cells;
}

/** The 1-based file column of an aligned cell, as the user sees it in the file. */
export function fileColumn(aligned: AlignedRow, index: number): number {
  return index - aligned.shift + 1;
}

/** The aligned row's non-empty cells after `from`, with their aligned indexes. */
export function filledCells(
  aligned: AlignedRow,
  from = -1,
): { readonly text: string; readonly index: number }[] {
  const cells: { text: string; index: number }[] = [];
  aligned.cells.forEach((text, index) => {
    if (index > from && text !== '') cells.push({ text, index });
  });
  return cells;
}
