import { describe, expect, it } from 'vitest';
import { classifyHeader } from './column-role.ts';
import type { Column } from './header-map.ts';
import { isEmptySlot } from './empty-slot.ts';

const columns = (...labels: string[]): Column[] =>
  labels.map((label, index) => ({ index, label, block: '', unit: null, ...classifyHeader(label) }));

describe('an empty slot of a form (玉東町 様式2: a project with no KPI, 「指標①」 and no figure)', () => {
  const header = columns('No', '交付対象事業の名称', '指標', '目標値', '単位', '実績値');

  it('is no KPI', () => {
    expect(isEmptySlot(['1', '玉東町総合戦略策定事業', '指標①', '', '', ''], header, 2)).toBe(true);
    expect(isEmptySlot(['', '', '指標 2', '', '', ''], header, 2)).toBe(true);
  });

  it('is a KPI once a figure is printed, or when its name is more than the slot', () => {
    expect(isEmptySlot(['', '', '指標①', '3', '人', ''], header, 2)).toBe(false);
    expect(isEmptySlot(['', '', '失業者の雇用', '', '', ''], header, 2)).toBe(false);
    expect(isEmptySlot(['', '', '指標', '', '', ''], header, 2)).toBe(false);
  });

  it('is the slot number alone too (花巻市 事務事業評価シート: 「②」 under ①, nothing in the figures)', () => {
    const grid = columns('活動指標', '単位', '区分', 'R5年度(実績)');
    expect(isEmptySlot(['②', '', '計画', ''], grid, 0)).toBe(true);
    expect(isEmptySlot(['(3)', '', '計画', ''], grid, 0)).toBe(true);
    // A figure printed, a name after the number, or a bare number (a figure out of place?): a KPI.
    expect(isEmptySlot(['3', '', '計画', ''], grid, 0)).toBe(false);
    expect(isEmptySlot(['②', '', '計画', '12'], grid, 0)).toBe(false);
    expect(isEmptySlot(['② 講座の開催回数', '回', '計画', ''], grid, 0)).toBe(false);
  });
});
