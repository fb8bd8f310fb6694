import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { actualsOfRateYear, targetYearOrder } from './target-year-order.ts';

describe('a target stands after the years it is measured in', () => {
  const years = new Map([
    [1, 2020],
    [2, 2011],
    [3, 2013],
    [4, 2013],
  ]);

  it('is 1 for a target whose header year is after every used actual (平成32年 over 23年度, 25年度)', () => {
    expect(targetYearOrder([1], new Set([2, 3]), years)).toBe(1);
  });

  it('is -1 for a target before one of its actuals, 0 for the same year or a header with no year', () => {
    expect(targetYearOrder([2], new Set([1]), years)).toBe(-1);
    expect(targetYearOrder([3], new Set([4]), years)).toBe(0);
    expect(targetYearOrder([1], new Set([5]), years)).toBe(0);
    expect(targetYearOrder([5], new Set([1]), years)).toBe(0);
    expect(targetYearOrder([], new Set([1]), years)).toBe(0);
  });
});

describe('actuals of the year the rate names (「達成率(%) H24」 over 「24年度 到達」)', () => {
  const table = [
    '指標\t見通し\t24年度 到達\t達成率(%) H24',
    '捕獲頭数\t13,300\t17,979\t135.2%',
    '参加者数\t200\t150\t75.0%',
  ];

  it('reads the column of the rate’s year as the result, its plan the other, no tie asked', () => {
    const report = importReportTable(readTsv('shika-h24.tsv', table.join('\n')));
    expect(report.kpis.map((k) => k.kpi.actuals.map((a) => a.figure.value))).toEqual([
      ['17979'],
      ['150'],
    ]);
    expect(report.problems).toEqual([]);
  });

  it('tells nothing where the rate names no year, or an actual names another', () => {
    const years = new Map([
      [2, 2012],
      [3, 2012],
    ]);
    expect(actualsOfRateYear(3, new Set([2]), years)).toBe(1);
    expect(actualsOfRateYear(3, new Set([1]), years)).toBe(0);
    expect(actualsOfRateYear(4, new Set([2]), years)).toBe(0);
  });
});
