import { describe, expect, it } from 'vitest';
import { withTitleYears } from './title-column-years.ts';
import { findHeader } from './header-map.ts';
import type { GridRow } from '../grid.ts';

const row = (n: number, cells: string[]): GridRow => ({ row: n, cells });

describe('a year the note above the table names for a yearless column (健康増進計画 直近値)', () => {
  const titles = [row(1, ['※直近値は評価のため、平成25年度に把握したデータを活用。'])];
  const rows = [
    row(2, ['評価指標', '策定時 (H16)', '直近値', '目標値']),
    row(3, ['1-2 年1回健康診査を受けている人の増加', '59.6%', '80.2%', '80.0%']),
  ];

  it('gives 直近値 the year of the line that names it', () => {
    const header = findHeader(rows)?.header;
    if (header === undefined) throw new Error('no header');
    const read = withTitleYears(header, titles);
    expect(read.columns[2]?.role).toEqual({ kind: 'actual', fiscalYear: 2013 });
    expect(read.columns[2]?.because).toContain('the note above the table');
    // A column with a year of its own, and one the note does not name, keep theirs.
    expect(read.columns[1]?.role).toEqual({ kind: 'baseline', fiscalYear: 2004 });
    expect(read.columns[3]?.role).toEqual({ kind: 'target', fiscalYear: null });
  });

  it('gives no year from a line naming none', () => {
    const header = findHeader(rows)?.header;
    if (header === undefined) throw new Error('no header');
    const read = withTitleYears(header, [row(1, ['直近値は市の統計による。'])]);
    expect(read.columns[2]?.role).toEqual({ kind: 'actual', fiscalYear: null });
  });
});
