import { describe, expect, it } from 'vitest';
import { importReportTable } from './import-report-table.ts';
import { turnYearKindBlocks } from './year-kind-blocks.ts';

const rows = (...lines: string[][]) => lines.map((cells, i) => ({ row: i + 1, cells }));

describe('a plan’s figures against the results by year, one block per service', () => {
  // A made-up 介護保険事業計画: two services, each its plan (計画) and result (実績) a year.
  const services = rows(
    ['訪問介護'],
    ['', '', '利用者数', '回数/月'],
    ['R3年度', '計画', '400人', '5,000'],
    ['', '実績', '380人', '4,800'],
    ['R4年度', '計画', '420人', '5,200'],
    ['', '実績', '410人', '5,300'],
    ['通所介護'],
    ['', '', '利用者数', '回数/月'],
    ['R3年度', '計画', '600人', '4,000'],
    ['', '実績', '610人', '3,900'],
    ['R4年度', '計画', '620人', '4,100'],
    ['', '実績', '650人', '4,300'],
  );

  it('is read as a KPI per service and measure, each year’s plan its milestone and result its actual', () => {
    const report = importReportTable({ file: 'made-up.tsv', rows: services });
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '訪問介護 利用者数',
      '訪問介護 回数/月',
      '通所介護 利用者数',
      '通所介護 回数/月',
    ]);
    const visits = report.kpis[0]?.kpi;
    expect(visits?.actuals.map((a) => [a.fiscalYear, String(a.figure.value)])).toEqual([
      [2021, '380'],
      [2022, '410'],
    ]);
    expect(visits?.target).toMatchObject({ value: '420', fiscalYear: 2022 });
    expect(report.fiscalYear).toBe(2022);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('is not turned when the blocks’ years differ, a block has no name, or one year only', () => {
    expect(
      turnYearKindBlocks(
        services.map((r) => (r.row === 11 ? { ...r, cells: ['R5年度', ...r.cells.slice(1)] } : r)),
      ),
    ).toBeNull();
    expect(turnYearKindBlocks(services.filter((r) => r.row !== 7))).toBeNull();
    expect(turnYearKindBlocks(services.slice(0, 4))).toBeNull();
  });
});
