import { describe, expect, it } from 'vitest';
import type { GridRow } from '../grid.ts';
import { isEmptyKindLine } from './empty-kind-line.ts';

const grid = (lines: readonly string[]): GridRow[] =>
  lines.map((line, i) => ({ row: i + 1, cells: line.split('\t') }));

// 徳島県 県税の税目別調定収入状況調: 自動車税's three lines printed with no figure.
const rows = grid([
  '\t\t\t調定額\t収入額',
  '東部\t徳島\t現\t1227382200\t1213803600',
  '\t\t滞\t24458867\t3944900',
  '\t自動車税\t現\t\t',
  '\t\t滞\t\t',
  '\t\t計\t\t',
  '※ 自動車税は本庁で収納',
]);

describe('a line left with nothing but its kind’s word', () => {
  it('is one of the table’s lines where the lines above print that word in that column', () => {
    expect(isEmptyKindLine(rows, 4)).toBe(true);
  });

  it('is not one where no line above prints it there, nor in the first column (a note)', () => {
    expect(isEmptyKindLine(rows, 5)).toBe(false);
    expect(isEmptyKindLine(rows, 6)).toBe(false);
    expect(isEmptyKindLine(rows, 2)).toBe(false);
  });
});
