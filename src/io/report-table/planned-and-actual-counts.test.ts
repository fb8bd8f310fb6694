import { describe, expect, it } from 'vitest';
import { classifyHeader } from './column-role.ts';
import { plannedOrRealCount } from './planned-and-actual-counts.ts';

describe('counts headed by whose they are: 「計画職員数 | 実職員数」 (定員適正化計画 進捗状況)', () => {
  it('reads 計画 before what is counted as the plan, 実 before it as the count there was', () => {
    expect(plannedOrRealCount('計画職員数')).toEqual({ role: 'target', word: '計画職員数' });
    expect(plannedOrRealCount('実職員数')).toEqual({ role: 'actual', word: '実職員数' });
    expect(plannedOrRealCount('実人員')).toEqual({ role: 'actual', word: '実人員' });
  });

  it('takes the year a rewrite joined to the header as the column’s year', () => {
    expect(classifyHeader('計画職員数令和2年')).toEqual({
      role: { kind: 'target', fiscalYear: 2020 },
      because: 'the word "計画職員数"',
    });
    expect(classifyHeader('実職員数 令和5年').role).toEqual({ kind: 'actual', fiscalYear: 2023 });
  });

  it('leaves other words to their own rules: 実施数, 実績数, 実質公債費比率, a count described at length', () => {
    expect(plannedOrRealCount('実施数')).toBeNull();
    expect(plannedOrRealCount('実績数')).toBeNull();
    expect(plannedOrRealCount('実質公債費比率')).toBeNull();
    expect(plannedOrRealCount('計画策定時の職員数')).toBeNull();
    expect(plannedOrRealCount('職員数')).toBeNull();
    expect(plannedOrRealCount('計画策定数')).toBeNull();
    expect(plannedOrRealCount('実利用者数')).toBeNull();
  });
});
