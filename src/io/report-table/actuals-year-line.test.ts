import { describe, expect, it } from 'vitest';
import { actualsYearLine } from './actuals-year-line.ts';

const lines = (...cells: string[]) => cells.map((cell, i) => ({ row: i + 1, cells: [cell] }));

describe('a line heading the figures with their year’s 実績 (相模原市 「■平成26年度実績データ」)', () => {
  it('names the year of the actuals, with or without 度 or の', () => {
    expect(actualsYearLine(lines('平成27年度 総合計画進行管理', '■平成26年度実績データ'))).toEqual({
      text: '■平成26年度実績データ',
      year: 2014,
    });
    expect(actualsYearLine(lines('R4年度の実績'))?.year).toBe(2022);
    expect(actualsYearLine(lines('令和元年実績'))?.year).toBe(2019);
  });

  it('is none for a year with no 実績 after it, or 実績 with no year before it', () => {
    expect(actualsYearLine(lines('平成27年度 総合計画進行管理'))).toBeNull();
    expect(actualsYearLine(lines('H27事後事務事業評価(実績評価)'))).toBeNull();
    expect(actualsYearLine(lines('実績値', '目標値(平成28年度)'))).toBeNull();
  });
});

describe('a line heading the figures with a calendar year’s 実績 (「■2014年度実績データ」)', () => {
  it('gives that year, as 「■平成26年度実績データ」 does', () => {
    expect(actualsYearLine(lines('2015年度 総合計画進行管理', '■2014年度実績データ'))?.year).toBe(
      2014,
    );
  });
});
