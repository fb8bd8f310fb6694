import { describe, expect, it } from 'vitest';
import type { GridRow } from '../grid.ts';
import { findHeader } from './header-map.ts';

const rolesOf = (...header: string[]) => {
  const rows: GridRow[] = [{ row: 1, cells: header }];
  return findHeader(rows)?.header.columns.map((c) => c.role.kind);
};

describe('differences printed year by year (津野町 乖離値(C) under each year)', () => {
  it('makes the latest year’s the KPI’s; each earlier one its year’s own', () => {
    expect(
      rolesOf('指標', '目標 H19', '実績 H19', '差 H19', '目標 H20', '実績 H20', '差 H20'),
    ).toEqual(['kpi', 'target', 'actual', 'difference', 'target', 'actual', 'difference']);
    const columns = findHeader([
      {
        row: 1,
        cells: ['指標', '目標 H19', '実績 H19', '差 H19', '目標 H20', '実績 H20', '差 H20'],
      },
    ])?.header.columns;
    expect(
      columns?.map((c) => (c.role.kind === 'difference' ? (c.role.ofYear ?? null) : undefined)),
    ).toEqual([undefined, undefined, undefined, 2007, undefined, undefined, null]);
  });

  it('leaves differences over periods, each its group’s (軽米町 純減実績 (H11-H16)), as they are', () => {
    expect(rolesOf('指標', '純減実績 (H11-H16)', '純減計 (H17-H22)')).toEqual([
      'kpi',
      'difference',
      'difference',
    ]);
  });

  it('leaves one difference column as it is', () => {
    expect(rolesOf('指標', '目標値', '実績値', '差 H20')).toEqual([
      'kpi',
      'target',
      'actual',
      'difference',
    ]);
  });
});
