import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { contentRows } from '../grid.ts';
import { turnFigureRows } from './figure-rows.ts';
import { importReportTable } from './import-report-table.ts';

const rows = (text: string) => contentRows(readTsv('t.tsv', text).rows);

/** 杵築市 H18 収支改善額: plan, actual and 差 as rows, the amounts as columns. */
const KITSUKI = [
  '\t歳出削減額\t歳入確保額\t改善額合計',
  'プラン\t555,422\t9,622\t565,044',
  '達成額\t641,791\t▲ 19,761\t622,030',
  '上積み額\t86,369\t▲ 29,383\t56,986',
  '(単位:千円)',
].join('\n');

describe('a table whose rows are kinds of figure (杵築市 プラン / 達成額 / 上積み額)', () => {
  it('is turned: its columns become rows under a header of the row labels, one-cell lines first', () => {
    const turned = turnFigureRows(rows(KITSUKI));
    expect(turned?.rows.map((r) => r.cells)).toEqual([
      ['(単位:千円)'],
      ['', 'プラン', '達成額', '上積み額'],
      ['歳出削減額', '555,422', '641,791', '86,369'],
      ['歳入確保額', '9,622', '▲ 19,761', '▲ 29,383'],
      ['改善額合計', '565,044', '622,030', '56,986'],
    ]);
    expect(turned?.origin(1, 1)).toEqual({ row: 5, column: 1 });
    expect(turned?.origin(4, 3)).toEqual({ row: 3, column: 3 });
    expect(turned?.headerRow).toBe(1);
  });

  it('is not turned when its header names kinds of figure, or its first column names none', () => {
    expect(turnFigureRows(rows('指標\t目標値\t実績値\n① 件数\t10\t5\n② 人数\t3\t1'))).toBeNull();
    expect(turnFigureRows(rows('\tA\tB\n件数\t10\t5\n人数\t3\t1'))).toBeNull();
  });

  it('reads each column as a KPI with its places in the file: 差 checked, 改善額合計 a total of the two', () => {
    const report = importReportTable(readTsv('kitsuki-h18.tsv', KITSUKI));
    expect(report.kpis.map((k) => [k.kpi.title, k.kpi.target?.value, k.row])).toEqual([
      ['歳出削減額', '555422', 1],
      ['歳入確保額', '9622', 1],
      ['改善額合計', '565044', 1],
    ]);
    expect(report.kpis[1]?.kpi.actuals[0]?.figure).toMatchObject({ value: '-19761' });
    expect(report.kpis.map((k) => k.kpi.unit)).toEqual(['千円', '千円', '千円']);
    expect(report.problems).toEqual([]);
    expect(report.reading.rows.map((r) => [r.row, r.kind, r.fields])).toEqual([
      [1, 'header', [null, 'kpi', 'kpi', 'kpi']],
      [2, 'kpi', ['header', 'target', 'target', 'target']],
      [3, 'kpi', ['header', 'actual', 'actual', 'actual']],
      [4, 'kpi', ['header', 'difference', 'difference', 'difference']],
      [5, 'title', ['title']],
    ]);
    const wrong = importReportTable(
      readTsv('kitsuki-h18.tsv', KITSUKI.replace('86,369', '86,368').replace('565,044', '565,045')),
    );
    expect(wrong.problems.map((p) => [p.kind, p.row, p.column])).toEqual([
      ['total', 2, 4],
      ['difference', 4, 2],
      // 56,986 is no longer 622,030 − 565,045 either.
      ['difference', 4, 4],
    ]);
  });
});

describe('years down the first column among rows naming their kind, the KPIs across', () => {
  const TABLE = [
    '年度\t観光客数(千人)\t移住者数(人)',
    'H30(基準)\t100\t10',
    'R3\t110\t12',
    'R4\t120\t15',
    'R6(目標)\t200\t30',
  ].join('\n');

  it('reads a year alone as that year’s actuals, each column a KPI', () => {
    const report = importReportTable(readTsv('t.tsv', TABLE));
    expect(report.fiscalYear).toBe(2022);
    expect(
      report.kpis.map(({ kpi }) => [
        kpi.title,
        kpi.baseline?.value,
        kpi.actuals.map((a) => [a.fiscalYear, a.figure.value]),
        kpi.target?.value,
        kpi.target?.fiscalYear,
      ]),
    ).toEqual([
      [
        '観光客数(千人)',
        '100',
        [
          [2021, '110'],
          [2022, '120'],
        ],
        '200',
        2024,
      ],
      [
        '移住者数(人)',
        '10',
        [
          [2021, '12'],
          [2022, '15'],
        ],
        '30',
        2024,
      ],
    ]);
    expect(report.unplaced).toEqual([]);
  });

  it('leaves rows that are years alone, naming no kind, to the reading of one KPI’s years', () => {
    expect(turnFigureRows(rows('年度\t①\t②\n22年度\t9\t3\n23年度\t11\t4\n計\t36\t7'))).toBeNull();
    expect(turnFigureRows(rows('年度\t職員数\nH27\t234\nH28\t231'))).toBeNull();
  });
});
