import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { fixtureBytes } from '../../../test/support/test-files.ts';
import type { ImportOptions } from './import-report-table.ts';
import { importReportTable } from './import-report-table.ts';
import { requireComplete } from './missing-role.ts';

/** No column of actuals by its words, and no printed rate to find one by. */
const table = new TextDecoder().decode(fixtureBytes('made-up/no-actual-column-no-rate-r5.tsv'));
/** The same with its 達成率: the printed rates find the column of actuals. */
const withRates = new TextDecoder().decode(fixtureBytes('made-up/no-actual-column-r5.tsv'));
const read = (text: string, options: ImportOptions = {}) =>
  importReportTable(readTsv('lacking.tsv', text), options);

describe('a table lacking a column of actuals', () => {
  it('is read and shown, the unknown column marked, with the lack as a problem', () => {
    const report = read(table);
    expect(report.reading.columns.map((c) => [c.column, c.role])).toEqual([
      [1, 'kpi'],
      [2, 'unit'],
      [3, 'baseline'],
      [4, 'other'],
      [5, 'target'],
    ]);
    expect(report.reading.rows.map((r) => [r.row, r.kind, r.kpi])).toEqual([
      [1, 'header', null],
      [2, 'kpi', '①'],
      [3, 'kpi', '②'],
    ]);
    expect(report.problems).toEqual([
      {
        kind: 'role',
        file: 'lacking.tsv',
        row: 1,
        column: 1,
        message:
          'no column of actual values (実績値) found in the header; set a column’s role to actual',
      },
    ]);
    expect(checkReport(report).kpis.map((k) => [k.code, k.printed, k.computed])).toEqual([
      ['①', null, null],
      ['②', null, null],
    ]);
    expect(report.reading.roles).toMatchObject({
      source: 'header words',
      because: 'no column of printed rates: roles from the header words',
    });
  });

  it('is read in full when its printed rates name the column: "R5 数値" reproduces 75% and 60% as the actual', () => {
    const report = requireComplete(read(withRates));
    expect(report.reading.columns[3]).toMatchObject({ role: 'actual', fiscalYear: 2023 });
    expect(report.reading.columns[3]?.because).toMatch(/^read as an actual by the printed rates/);
    expect(report.problems).toEqual([]);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(report.reading.roles).toMatchObject({
      source: 'printed rates',
      printed: 2,
      explained: 2,
      byHeader: 0,
    });
  });

  it('is refused as a whole report, naming the file and the header row', () => {
    expect(() => requireComplete(read(table))).toThrow(
      /^lacking\.tsv, row 1: no column of actual values \(実績値\) found in the header/,
    );
  });

  it('reads in full once a column is set to actual: the rates computed, no problem left', () => {
    const report = requireComplete(read(table, { columnRoles: [{ column: 4, role: 'actual' }] }));
    expect(report.problems).toEqual([]);
    expect(report.fiscalYear).toBe(2023);
    expect(checkReport(report).kpis.map((k) => k.computed)).toEqual(['75%', '60%']);
    expect(report.reading.roles?.source).toBe('set by hand');
  });
});

describe('a table naming no year anywhere', () => {
  const yearless = withRates.replace('R5 数値', '実績').replace('目標値 (R8)', '目標値');

  it('reads its rows and checks its rates as of no year in particular, and asks for the year', () => {
    const report = read(yearless);
    expect(report.fiscalYear).toBeNull();
    expect(report.reading.fiscalYear).toBeNull();
    expect(report.reading.columns[3]).toMatchObject({ role: 'actual', fiscalYear: null });
    expect(report.reading.rows.map((r) => r.kind)).toEqual(['header', 'kpi', 'kpi']);
    expect(report.unplaced).toEqual([]);
    expect(report.problems.map((p) => [p.kind, p.row, p.message])).toEqual([
      [
        'role',
        1,
        'no fiscal year in the headers, the title, the year columns or the file name; give one (--fy R5)',
      ],
    ]);
    const check = checkReport(report);
    expect(check).toMatchObject({ fiscalYear: null, fiscalYearSource: null });
    expect(check.summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    // Still no import without the year.
    expect(() => requireComplete(report)).toThrow(/row 1: no fiscal year in the headers/);
  });

  it('finds the actuals by the printed rates with no year known, and still asks for the year', () => {
    const counted = [
      '指標\t策定時\t1年目\t2年目\t3年目\t目標値\t達成率',
      '観光客数\t100\t110\t120\t\t200\t60.0%',
    ].join('\n');
    const report = read(counted);
    expect(report.problems.map((p) => p.message)).toEqual([
      'no fiscal year in the headers, the title, the year columns or the file name; give one (--fy R5)',
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 1, printed: 1, matched: 1 });
    expect(() => requireComplete(report)).toThrow(/row 1: no fiscal year in the headers/);
    const given = requireComplete(read(counted, { fiscalYear: fiscalYear(2023) }));
    expect(checkReport(given).summary).toEqual({ kpis: 1, printed: 1, matched: 1 });
  });

  it('reads in full with the year given', () => {
    const report = requireComplete(read(yearless, { fiscalYear: fiscalYear(2023) }));
    expect(report.unplaced).toEqual([]);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
  });
});

describe('a table read to no KPI', () => {
  it('is a problem when it holds a header and nothing under it, and refused as a whole report', () => {
    const report = read('指標\t実績 (R5)\t目標値 (R8)\t達成率\n');
    expect(report.kpis).toEqual([]);
    expect(report.problems.map((p) => [p.kind, p.row, p.column, p.message])).toEqual([
      ['role', 1, 1, 'a header and nothing under it: no KPI row to read'],
    ]);
    expect(() => requireComplete(report)).toThrow(
      /^lacking\.tsv, row 1: a header and nothing under it/,
    );
  });

  it('is a problem naming the rate column when its rows read as no KPI', () => {
    const report = read('指標\t実績 (R5)\t目標値 (R8)\t達成率\n\t150\t200\t75%\n\t12\t20\t60%\n');
    expect(report.kpis).toEqual([]);
    expect(report.problems.map((p) => [p.kind, p.row, p.message])).toEqual([
      [
        'role',
        1,
        'no KPI read, though the table prints rates ("達成率", column 4): none of its rows reads as a KPI\'s',
      ],
    ]);
  });
});

describe('a plan’s own indicator table, before any year is measured', () => {
  const plan = [
    '指標\t単位\t現状値 (R2)\t目標値 (R7)',
    '① 図書館利用者数\t人\t100\t200',
    '② 不法投棄件数\t件\t71\t0',
  ];
  it('is read with its baselines and targets, no actuals and no problem, and says so', () => {
    const report = requireComplete(read(plan.join('\n')));
    expect(report.problems).toEqual([]);
    expect(report.reading.planTable).toBe(
      "a plan's indicators with no year measured yet: no column of actual values and none that measures one (rate, grade, difference); 2 of 2 KPIs read with their baseline or target, to import with no year's figures",
    );
    expect(report.kpis.map((k) => [k.kpi.baseline?.value, k.kpi.target?.value])).toEqual([
      ['100', '200'],
      ['71', '0'],
    ]);
    expect(report.kpis.flatMap((k) => k.kpi.actuals)).toEqual([]);
    expect(report.kpis.map((k) => k.kpi.direction)).toEqual(['increase', 'decrease']);
    // Its year is the plan's first, after the baselines' R2, not the target's R7; --fy wins.
    expect(report.reading.fiscalYear).toMatchObject({ year: 2021, source: 'inferred', column: 3 });
    expect(report.reading.fiscalYear.because).toBe(
      "the year after the baselines' (R2), a plan's own table with no year measured yet",
    );
    const given = requireComplete(read(plan.join('\n'), { fiscalYear: fiscalYear(2022) }));
    expect(given.reading.fiscalYear).toMatchObject({ year: 2022, source: 'option' });
  });

  it('is one with the KPIs numbered in a column of their own: the numbers are codes, not figures to name', () => {
    // 空家等対策計画 数値目標: years over their roles in brackets, a number left of each name.
    const numbered = [
      '\t\t平成 28 年度\t平成 33 年度',
      '\t指標\t(現況)\t(目標)',
      '1\t空き家数\t755 戸\t755 戸',
      '2\t危険な空き家数\t205 戸\t150 戸',
    ];
    const report = requireComplete(read(numbered.join('\n')));
    expect(report.problems).toEqual([]);
    expect(report.reading.planTable).toMatch(/^a plan's indicators with no year measured yet/);
    expect(
      report.kpis.map((k) => [k.kpi.code, k.kpi.baseline?.value, k.kpi.target?.value]),
    ).toEqual([
      ['1', '755', '755'],
      ['2', '205', '150'],
    ]);
    expect(report.reading.fiscalYear.year).toBe(2017);
  });

  it('is not one when it prints what measures an actual: a grade column asks for the actuals', () => {
    const lines = plan.map((line, i) => `${line}\t${i === 0 ? '評価' : ['A', 'B'][i - 1]}`);
    const report = read(lines.join('\n'));
    expect(report.reading.planTable).toBeUndefined();
    expect(report.problems.filter((p) => p.kind === 'role')).toHaveLength(1);
  });

  it('is not one beside a rate column: its 現状値 is what the rates measure, the actual (present-state.ts)', () => {
    const lines = plan.map((line, i) => `${line}\t${i === 0 ? '達成率' : ['50%', '0%'][i - 1]}`);
    const report = read(lines.join('\n'));
    expect(report.reading.planTable).toBeUndefined();
    expect(report.reading.columns[2]).toMatchObject({ role: 'actual', fiscalYear: 2020 });
    expect(checkReport(report).summary).toMatchObject({ printed: 2, matched: 2 });
    expect(report.problems).toEqual([]);
  });

  it('is not one when a column of figures has no role: it may be the actuals, a person says', () => {
    const report = read(table);
    expect(report.reading.planTable).toBeUndefined();
    expect(report.problems.map((p) => p.kind)).toEqual(['role']);
  });
});
