import { describe, expect, it } from 'vitest';
import { findHeader } from './header-map.ts';
import type { GridRow } from '../grid.ts';

const rolesOf = (...header: string[]) => {
  const rows: GridRow[] = [{ row: 1, cells: header }];
  return findHeader(rows)?.header.columns.map((c) => [
    c.role.kind,
    'fiscalYear' in c.role ? c.role.fiscalYear : null,
  ]);
};

describe('years under a corner that says their figures are a plan’s', () => {
  it('are the plan’s for each year (子ども・子育て 「各年度の量の見込みと確保方策 | 元年度 | 2年度」)', () => {
    expect(rolesOf('各年度の量の見込みと確保方策', '元年度', '2年度', '3年度')).toEqual([
      ['other', null],
      ['target', 2019],
      ['target', 2020],
      ['target', 2021],
    ]);
    expect(rolesOf('利用者数の見込み', 'R5年度', 'R6年度')?.slice(1)).toEqual([
      ['target', 2023],
      ['target', 2024],
    ]);
  });

  it('are actuals under any other corner, one naming results, or beside a column with its own word', () => {
    expect(rolesOf('区分', 'R5年度', 'R6年度')?.slice(1)).toEqual([
      ['actual', 2023],
      ['actual', 2024],
    ]);
    expect(rolesOf('実績と見込み', 'R5年度', 'R6年度')?.[1]).toEqual(['actual', 2023]);
    expect(rolesOf('量の見込み', 'R5年度', 'R6年度', '目標値(R8)')?.[1]).toEqual(['actual', 2023]);
  });
});
