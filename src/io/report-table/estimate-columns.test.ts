import { describe, expect, it } from 'vitest';
import { findHeader } from './header-map.ts';
import type { GridRow } from '../grid.ts';

const rolesOf = (...header: string[]) => {
  const rows: GridRow[] = [{ row: 1, cells: header }];
  return findHeader(rows)?.header.columns.map((c) =>
    c.role.kind === 'actual' ? `actual ${c.role.fiscalYear}` : c.role.kind,
  );
};

describe('an estimate column (見込)', () => {
  it('beside the count of its year is kept as printed (小矢部市 「平成15年9月30日現在」 | 「平成15年末見込」)', () => {
    expect(
      rolesOf('成果指標', '平成14年実績', '平成15年9月30日現在', '平成15年末見込', '5ヵ年目標'),
    ).toEqual(['kpi', 'actual 2002', 'actual 2003', 'other', 'target']);
  });

  it('alone for its year stays that year actual', () => {
    expect(rolesOf('成果指標', '平成14年実績', '平成15年末見込', '5ヵ年目標')).toEqual([
      'kpi',
      'actual 2002',
      'actual 2003',
      'target',
    ]);
  });

  it('leaves a plan volume (見込量) to the plan', () => {
    expect(rolesOf('指標', '平成15年 見込量', '平成15年 実績')).toEqual([
      'kpi',
      'target',
      'actual 2003',
    ]);
  });
});
