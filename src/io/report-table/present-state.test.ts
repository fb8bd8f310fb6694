import { describe, expect, it } from 'vitest';
import { classifyHeader } from './column-role.ts';
import { findHeader } from './header-map.ts';
import type { GridRow } from '../grid.ts';

const rolesOf = (...header: string[]) => {
  const rows: GridRow[] = [{ row: 1, cells: header }];
  return findHeader(rows)?.header.columns.map((c) => c.role.kind);
};

describe('a column of the present state (現況, 現状)', () => {
  it('is the baseline alone: where the plan starts (明和町 「現況 2002年」)', () => {
    expect(rolesOf('指標', '現況 2002年', '目標 2014年')).toEqual(['kpi', 'baseline', 'target']);
    expect(rolesOf('指標', '現状値', '目標値')).toEqual(['kpi', 'baseline', 'target']);
  });

  it('is the actual beside a baseline under other words: the state reached (栃木県 設定時の値 | 現況値)', () => {
    expect(rolesOf('施策項目', '設定時の値 (年度)', '現況値 (年度)', '年度目標値')).toEqual([
      'kpi',
      'baseline',
      'actual',
      'target',
    ]);
    expect(rolesOf('指標', '基準値', '現状値', '目標値')).toEqual([
      'kpi',
      'baseline',
      'actual',
      'target',
    ]);
  });

  it('is the actual beside rates where no column holds actuals: what the rates measure (目標 | 現状 | 達成率)', () => {
    expect(rolesOf('指標', '目標', '現状', '達成率')).toEqual(['kpi', 'target', 'actual', 'rate']);
    // Beside a column of actuals it stays where the plan started.
    expect(rolesOf('指標', '現状値', '目標値', 'R5実績', '達成率')).toEqual([
      'kpi',
      'baseline',
      'target',
      'actual',
      'rate',
    ]);
  });

  it('leaves a 現状 with its year in brackets the actual it already is (富山県 「現状(2019)」)', () => {
    expect(rolesOf('指標', '2018(実績)', '現状(2019)', '2021(目標)')).toEqual([
      'kpi',
      'actual',
      'actual',
      'target',
    ]);
  });
});

describe('現状 over its year', () => {
  it('is the baseline of that year (住田町 「現 状 (平成21年度)」), not a heading that starts so', () => {
    expect(classifyHeader('現 状 (平成21年度)')).toEqual({
      role: { kind: 'baseline', fiscalYear: 2009 },
      because: 'the word "現状"',
    });
    expect(classifyHeader('現状と課題').role.kind).not.toBe('baseline');
  });
});

describe('a column of the present state with its word spaced out (岡山県 「現 況 (H23)」)', () => {
  it('is the actual beside a baseline under other words, as 現況 is', () => {
    expect(rolesOf('項 目', '策定時 (H18)', '現 況 (H23)', '努力目標 (H32)')).toEqual([
      'kpi',
      'baseline',
      'actual',
      'target',
    ]);
  });
});
