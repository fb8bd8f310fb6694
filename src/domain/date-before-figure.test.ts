import { describe, expect, it } from 'vitest';
import { parseDescribedFigure } from './described-figure.ts';
import { dateBeforeFigure } from './date-before-figure.ts';

describe('a date before the figure (定員適正化計画 「令和5年4月1日 491人」)', () => {
  it('reads the figure after the date, its year the date’s fiscal year', () => {
    expect(dateBeforeFigure('令和5年4月1日 491人')).toEqual({ rest: '491人', fiscalYear: 2023 });
    expect(dateBeforeFigure('R5.4.1 491人')).toEqual({ rest: '491人', fiscalYear: 2023 });
    expect(dateBeforeFigure('令和6年3月31日現在 480人')).toEqual({
      rest: '480人',
      fiscalYear: 2023,
    });
    const read = parseDescribedFigure('令和2年4月1日 512人');
    expect(read?.parsed).toMatchObject({ figure: { value: '512' }, unit: '人' });
    expect(read?.fiscalYear).toBe(2020);
  });

  it('leaves a year with no month, a date run into words, and a figure with no date', () => {
    expect(dateBeforeFigure('令和5年度 491人')).toBeNull();
    expect(dateBeforeFigure('令和5年4月1日から実施')).toBeNull();
    expect(dateBeforeFigure('491人')).toBeNull();
    expect(dateBeforeFigure('職員数 491人')).toBeNull();
  });
});
