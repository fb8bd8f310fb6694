import type { GridRow } from '../grid.ts';
import { classifyHeader } from './column-role.ts';

/** A cell of a line filled from the line above it: where the merged cell was printed. */
export interface CarriedCell {
  readonly line: number;
  readonly column: number;
  /** The line (index among the lines) that printed it. */
  readonly from: number;
}

/**
 * A target printed once for the lines of a group, in a cell merged down over them (日進市 食育:
 * 朝食欠食者の割合 高校生 … 小学校低学年 under one 「0%」, 肥満者の割合 児童's three lines under
 * 「1.7%以下」): each line of the group left empty under a target column takes the target printed
 * above it in the same group. `groups` names each line's top level; a new group stops the carry.
 */
export function carriedTargetCells(
  header: GridRow,
  lines: readonly GridRow[],
  groups: readonly string[],
  firstValueColumn: number,
): CarriedCell[] {
  const out: CarriedCell[] = [];
  for (let column = firstValueColumn; column < header.cells.length; column += 1) {
    const label = (header.cells[column] ?? '').trim();
    if (label === '' || classifyHeader(label).role.kind !== 'target') continue;
    let from = -1;
    lines.forEach((line, index) => {
      const sameGroup = index > 0 && groups[index] === groups[index - 1];
      if ((line.cells[column] ?? '').trim() !== '') from = index;
      else if (sameGroup && from >= 0) out.push({ line: index, column, from });
      else from = -1;
    });
  }
  return out;
}
