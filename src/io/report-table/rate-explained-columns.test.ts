import { describe, expect, it } from 'vitest';
import type { GridRow } from '../grid.ts';
import { printedPercent, rateExplainedColumns } from './rate-explained-columns.ts';

const rows = (lines: readonly string[]): GridRow[] =>
  lines.map((line, i) => ({ row: i + 1, cells: line.split('\t') }));

describe('columns read by the rates they print or reproduce', () => {
  it('finds the rate column and the two columns whose ratio gives it, whatever their words', () => {
    const found = rateExplainedColumns(
      rows(['甲\t33万3811\t32万1334\t96.3%', '乙\t40\t30\t75.0%', '丙\t50\t-\t-']),
    );
    expect(found).toEqual([{ rate: 3, numerator: 2, denominator: 1, explained: 2 }]);
  });

  it('reads bare figures as rates only where the header says so, and cut-off rates too', () => {
    const lines = rows(['甲\t20942\t7558\t36.0', '乙\t20250\t7330\t36.1']);
    expect(rateExplainedColumns(lines)).toEqual([]);
    // 7558 ÷ 20942 = 36.09% and 7330 ÷ 20250 = 36.19%, both cut off at one decimal.
    expect(rateExplainedColumns(lines, (c) => c === 3)).toEqual([
      { rate: 3, numerator: 2, denominator: 1, explained: 2 },
    ]);
  });

  it('finds nothing where the ratio explains half the rates or fewer', () => {
    expect(rateExplainedColumns(rows(['甲\t40\t30\t75.0%', '乙\t40\t30\t12.0%']))).toEqual([]);
    expect(printedPercent('36.1')).toBeNull();
    expect(printedPercent('36.1', true)).toEqual({ value: 36.1, decimals: 1 });
  });
});
