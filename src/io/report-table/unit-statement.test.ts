import { describe, expect, it } from 'vitest';
import { isTableRow } from './table-block.ts';
import { statesUnitOnly } from './unit-statement.ts';

describe('a cell that only states the unit (津野町 「② 実質公債費比率 | (単位:%)」)', () => {
  it('is told from a figure, a header word and a unit column', () => {
    expect(statesUnitOnly('(単位:%)')).toBe(true);
    expect(statesUnitOnly('（単位：千円）')).toBe(true);
    expect(statesUnitOnly('単位:人・%')).toBe(true);
    expect(statesUnitOnly('単位')).toBe(false);
    expect(statesUnitOnly('決算額（単位：千円）')).toBe(false);
    expect(statesUnitOnly('12.0')).toBe(false);
  });

  it('makes a heading printed with its unit no row of the table', () => {
    expect(isTableRow({ row: 1, cells: ['② 実質公債費比率', '(単位:%)'] })).toBe(false);
    expect(isTableRow({ row: 2, cells: ['計画目標値(A)', '13.5'] })).toBe(true);
    expect(isTableRow({ row: 3, cells: ['(単位:%)', '平成19年度'] })).toBe(true);
  });
});
