import { describe, expect, it } from 'vitest';
import { findHeader } from './header-map.ts';
import type { GridRow } from '../grid.ts';

const rolesOf = (...header: string[]) => {
  const rows: GridRow[] = [{ row: 1, cells: header }];
  return findHeader(rows)?.header.columns.map((c) => c.role.kind);
};

describe('two columns taken for the KPI names', () => {
  it('the one headed as the indicator names them, the other is their theme (事業名 | 指標(KPI))', () => {
    expect(rolesOf('事業名【担当課】', '重要業務評価 指標(KPI)', 'H30実績値', '達成率')).toEqual([
      'theme',
      'kpi',
      'actual',
      'rate',
    ]);
  });

  it('the indicator header spaced out as printed (「指 標」) names them too (安城市 成果指標一覧: 分野 | 項目 | 指 標)', () => {
    expect(rolesOf('分野', '項目', '指 標', '策定時の値(2015年度)', '目標値(2023年度)')).toEqual([
      'policy',
      'theme',
      'kpi',
      'baseline',
      'target',
    ]);
  });

  it('are left as they are when neither or both are headed as the indicator', () => {
    expect(rolesOf('事業名', '項目', '実績値')).toEqual(['kpi', 'kpi', 'actual']);
    expect(rolesOf('指標名', '指標', '実績値')).toEqual(['kpi', 'kpi', 'actual']);
  });

  it('of a column naming the indicators and one naming their kind (指標種別), the first names them, the kind kept as printed', () => {
    // つくば市 個別施策評価調書: 「個別施策の代表指標名 | 指標種別」, the kinds 活動結果指標 / 成果指標.
    expect(rolesOf('個別施策の代表指標名', '指標種別', 'H26', 'H27')).toEqual([
      'kpi',
      'other',
      'actual',
      'actual',
    ]);
    expect(rolesOf('指標の種類', '指標名', '実績値')).toEqual(['other', 'kpi', 'actual']);
  });
});
