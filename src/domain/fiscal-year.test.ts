import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  fiscalYear,
  fiscalYearOfDate,
  fiscalYearOfMonth,
  formatFiscalYear,
  bareYearsEra,
  bareYearsBeforeReiwa,
  latestWrittenEra,
  parseFiscalYear,
  periodStart,
  yearSpan,
} from './fiscal-year.ts';

describe('parseFiscalYear', () => {
  it.each([
    ['R1', 2019],
    ['令和元年度', 2019],
    ['H31', 2019],
    ['平成31年度', 2019],
    ['R5', 2023],
    ['Ｒ５', 2023],
    ['令和5年度', 2023],
    ['R8', 2026],
    ['H30', 2018],
    ['平成30年度', 2018],
    ['H32', 2020],
    ['2019年度', 2019],
    ['FY2023', 2023],
    ['２０２３', 2023],
    ['(R1)', 2019],
    ['R5年度', 2023],
    ['H22', 2010],
  ])('%s is %i', (text, year) => {
    expect(parseFiscalYear(text)).toBe(year);
  });
  it('reads years without an era from the context', () => {
    expect(parseFiscalYear('30年度')).toBe(2018);
    expect(parseFiscalYear('5年度')).toBe(2023);
    expect(parseFiscalYear('30年度', { defaultEra: 'H' })).toBe(2018);
    expect(parseFiscalYear('2年度', { defaultEra: 'H' })).toBe(1990);
  });
  it('refuses what is not a year', () => {
    for (const text of ['', '実績値', 'R', '令和0年度', '1800', 'R5R6']) {
      expect(parseFiscalYear(text)).toBeUndefined();
    }
  });
  it('never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (text) => {
        const year = parseFiscalYear(text);
        expect(year === undefined || (year >= 1989 && year <= 2200)).toBe(true);
      }),
    );
  });
});

describe('formatFiscalYear', () => {
  it('prints the era forms and round-trips', () => {
    expect(formatFiscalYear(fiscalYear(2019), 'japanese')).toBe('令和元年度');
    expect(formatFiscalYear(fiscalYear(2023), 'short')).toBe('R5');
    expect(formatFiscalYear(fiscalYear(2018), 'short')).toBe('H30');
    expect(formatFiscalYear(fiscalYear(2023), 'both')).toBe('令和5年度（2023年度）');
    fc.assert(
      fc.property(fc.integer({ min: 1989, max: 2200 }), (year) => {
        for (const style of ['short', 'japanese', 'western'] as const) {
          expect(parseFiscalYear(formatFiscalYear(fiscalYear(year), style))).toBe(year);
        }
      }),
    );
  });
  it('a fiscal year runs April to March', () => {
    expect(fiscalYearOfDate({ year: 2024, month: 3 })).toBe(2023);
    expect(fiscalYearOfDate({ year: 2024, month: 4 })).toBe(2024);
  });
  it('a month of a year as printed is in the fiscal year it falls in (「R4」 3月: R3)', () => {
    expect(fiscalYearOfMonth('R4', 3)).toBe(2021);
    expect(fiscalYearOfMonth('平成 22', 4)).toBe(2010);
    expect(fiscalYearOfMonth('2020', 3)).toBe(2019);
    expect(fiscalYearOfMonth('第2', 4)).toBeUndefined();
    // 平成元年3月 is in a fiscal year before any Mieruka counts: none, not an error.
    expect(fiscalYearOfMonth('平成元', 3)).toBeUndefined();
    // A year with no era takes the table's (a count as of 「11年4月」 in a 平成 table).
    expect(fiscalYearOfMonth('11', 4, { defaultEra: 'H' })).toBe(1999);
    expect(fiscalYearOfMonth('3', 3)).toBe(2020);
  });
});

describe('latestWrittenEra', () => {
  it('is the era of the latest year written with one', () => {
    // 福知山市: "2年度実績" beside "累計 (H28~R2年度)" is R2.
    expect(latestWrittenEra('目標値 2年度実績 累計 (H28~R2年度) 進捗率')).toBe('R');
    // A plan written before 2019 names H32 (= R2): its bare years are still Heisei.
    expect(latestWrittenEra('28年度 29年度 目標 (H32)')).toBe('H');
    expect(latestWrittenEra('平成30年度 令和元年度')).toBe('R');
    expect(latestWrittenEra('28年度 29年度')).toBeUndefined();
  });
});

describe('years a table writes as a count or without an era (issue 24)', () => {
  it('「第2年度目」 is the plan’s second year when the plan’s first is known, else no year', () => {
    const planStart = fiscalYear(2020);
    expect(parseFiscalYear('第2年度目', { planStart })).toBe(2021);
    expect(parseFiscalYear('1年度目', { planStart })).toBe(2020);
    expect(parseFiscalYear('第2年度目')).toBeUndefined();
  });
  it('a plan period names its first year', () => {
    expect(periodStart('第2期総合戦略（令和2年度～令和6年度）')).toBe(2020);
    expect(periodStart('計画期間 2021年度～2025年度')).toBe(2021);
    expect(periodStart('平成28年度から平成32年度まで')).toBe(2016);
    expect(periodStart('令和5年度 取組内容')).toBeUndefined();
  });
  it('a span of years names both ends, the end in the start’s era where it writes none', () => {
    expect(yearSpan('R1～R4累計')).toEqual({ from: 2019, to: 2022, text: 'R1~R4' });
    expect(yearSpan('H30-R4の計')).toEqual({ from: 2018, to: 2022, text: 'H30-R4' });
    expect(yearSpan('H23-27実績額')).toMatchObject({ from: 2011, to: 2015 });
    expect(yearSpan('2021年度～2025年度')).toMatchObject({ from: 2021, to: 2025 });
    expect(yearSpan('R5 4.1')).toBeUndefined();
    expect(yearSpan('R1-R123')).toBeUndefined();
  });
  it('an era that lost its first character in a PDF’s text is still read (「成21年度」 is H21)', () => {
    expect(parseFiscalYear('成21年度')).toBe(2009);
    expect(parseFiscalYear('和3年度')).toBe(2021);
    expect(parseFiscalYear('成元年')).toBe(1989);
    // The rest of an era's name alone, or inside a word, is no year.
    for (const text of ['成', '成年度', '達成21年度', '昭和60年度', '和'])
      expect(parseFiscalYear(text)).toBeUndefined();
  });
  it('bare years of which one is 13 or above are all 平成 (12年度 beside 22年度)', () => {
    expect(bareYearsEra('12年度 17年度 22年度')).toBe('H');
    expect(bareYearsEra('3年度 4年度')).toBeUndefined();
    expect(bareYearsEra('第22年度目')).toBeUndefined();
    expect(bareYearsEra('11年4月 12年4月 13年4月')).toBe('H');
    expect(bareYearsEra('3年4月 4年4月')).toBeUndefined();
  });
  it('bare years running across the change of era (29年度 30年度 元年度 2年度) each by its size', () => {
    expect(bareYearsEra('29年度 30年度 元年度 2年度 目標(3年度)')).toBeUndefined();
    expect(['29年度', '30年度', '元年度', '2年度'].map((y) => parseFiscalYear(y, {}))).toEqual([
      2017, 2018, 2019, 2020,
    ]);
    // 元 before the years of 13 and above is 平成元年 (a long 平成 series): all 平成.
    expect(bareYearsEra('元年度 5年度 13年度')).toBe('H');
  });
});

describe('bare years of 平成 beside a 令和 year written with its era', () => {
  it('reads 「24年度」 … 「30年度」 beside 「令和5年度目標値」 as 平成 years', () => {
    expect(bareYearsBeforeReiwa('年度 令和5年度目標値 24年度 25年度 30年度')).toBe(true);
  });
  it('leaves a 令和 table’s own bare years, below 13, and a text naming 平成 too, as they were', () => {
    expect(bareYearsBeforeReiwa('R4 5年度 6年度')).toBe(false);
    expect(bareYearsBeforeReiwa('令和5年度 4年度 24年度')).toBe(false);
    expect(bareYearsBeforeReiwa('H30 令和5年度 24年度')).toBe(false);
    expect(bareYearsBeforeReiwa('令和13年度 24年度')).toBe(false);
    expect(bareYearsBeforeReiwa('24年度 30年度')).toBe(false);
  });
});
