import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { contentRows } from '../grid.ts';
import { importReportTable } from './import-report-table.ts';
import { turnYearRowRateFormulas, unitLetter } from './year-row-rate-formulas.ts';

const grid = (lines: readonly string[]) => readTsv('t.tsv', lines.join('\n'));

// Years as rows; two rates state their formula by letters, B/A and C/B (B in both), and a column
// no formula names (施設数).
const LETTERED = [
  '年度\t対象戸数A(戸)\t接続戸数B(戸)\t接続率 B/A(%)\t利用戸数C(戸)\t利用率 C/B(%)\t施設数',
  '令和2年度\t1,000\t800\t80.0\t600\t75.0\t3',
  '令和3年度\t1,000\t850\t85.0\t680\t80.0\t3',
  '令和4年度\t1,200\t900\t75.0\t765\t85.0\t4',
];

describe('the letter a header names its column by, before its unit', () => {
  it('reads the letter before a unit in brackets, and the letters headers already give', () => {
    expect(unitLetter('対象戸数A(戸)')).toBe('a');
    expect(unitLetter('汚水量F (千m3)')).toBe('f');
    expect(unitLetter('事業費 (B)')).toBe('b');
    expect(unitLetter('施設数')).toBeNull();
    expect(unitLetter('KPI(件)')).toBeNull();
  });
});

describe('years as rows, rates naming the columns they divide by letters', () => {
  it('turns each rate into a KPI, each year its plan (the denominator), actual (the numerator) and rate', () => {
    const turned = turnYearRowRateFormulas(contentRows(grid(LETTERED).rows));
    expect(turned?.rows.map((r) => r.cells)).toEqual([
      ['年度', '', ...['令和2年度', '令和3年度', '令和4年度'].flatMap((y) => [y, y, y])],
      [
        '接続率 B/A(%)',
        '戸',
        '1,000',
        '800',
        '80.0',
        '1,000',
        '850',
        '85.0',
        '1,200',
        '900',
        '75.0',
      ],
      ['利用率 C/B(%)', '戸', '800', '600', '75.0', '850', '680', '80.0', '900', '765', '85.0'],
      ['施設数', '', '', '3', '', '', '3', '', '', '4', ''],
    ]);
    // 令和3年度's 利用戸数C is row 3, column 5 of the file.
    expect(turned?.origin(3, 7)).toEqual({ row: 3, column: 5 });
    expect(turned?.given?.(1, 4)?.role).toBe('actual');
    // The units the figures' headers state, not the rate's (%): made, no cell of the file.
    expect(turned?.given?.(1, 2)?.role).toBe('unit');
    expect(turned?.made?.(2, 2)).toBe(true);
  });

  it('checks every year’s printed rate, every cell placed', () => {
    const report = importReportTable(grid(LETTERED));
    expect(report.fiscalYear).toBe(2022);
    expect(report.kpis.map((k) => [k.kpi.title, k.printedRateText])).toEqual([
      ['接続率 B/A(%)', '75.0'],
      ['利用率 C/B(%)', '85.0'],
      ['施設数', null],
    ]);
    expect(report.kpis.map((k) => k.kpi.unit)).toEqual(['戸', '戸', '']);
    const check = checkReport(report);
    expect(check.summary).toEqual({ kpis: 3, printed: 2, matched: 2 });
    expect(check.yearRates).toEqual({ printed: 4, matched: 4 });
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('names a year whose rate its figures do not give', () => {
    const misprinted = LETTERED.map((l) => l.replace('\t850\t85.0', '\t850\t86.0'));
    const report = importReportTable(grid(misprinted));
    expect(report.problems.map((p) => [p.row, p.column])).toEqual([[3, 4]]);
  });

  it('is not this layout when a letter names no column or two, or the rows are not years', () => {
    const turn = (lines: readonly string[]) =>
      turnYearRowRateFormulas(contentRows(grid(lines).rows));
    const header = LETTERED[0] ?? '';
    expect(turn([header.replace('B/A', 'B/Z'), ...LETTERED.slice(1)])).toBeNull();
    expect(turn([header.replace('利用戸数C', '利用戸数A'), ...LETTERED.slice(1)])).toBeNull();
    expect(turn([header.replace(/ [A-C]\/[A-C]/g, ''), ...LETTERED.slice(1)])).toBeNull();
    expect(
      turn([header, ...LETTERED.slice(1).map((l, i) => l.replace(/^\S+/, `地区${i}`))]),
    ).toBeNull();
  });
});
