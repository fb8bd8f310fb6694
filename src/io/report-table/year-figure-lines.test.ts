import { describe, expect, it } from 'vitest';
import { importReportTable } from './import-report-table.ts';
import { turnYearFigureLines } from './year-figure-lines.ts';

const rows = (...lines: string[][]) => lines.map((cells, i) => ({ row: i + 1, cells }));

describe('one KPI’s results as lines of a year and its figure under lines of words', () => {
  // A made-up 自殺対策 page: the goal, then the results listed year by year.
  const page = rows(
    ['【数値目標】'],
    ['ゲートキーパー養成者数(累計)'],
    ['・令和元年度 120人 → 令和6年度 600人 (第2次計画)'],
    ['【実績】'],
    ['・令和2年度', '180人'],
    ['・令和3年度', '260人'],
    ['・令和4年度', '355人'],
  );

  it('is read as one KPI named by the line above, its goal line its baseline and target', () => {
    const report = importReportTable({ file: 'made-up.tsv', rows: page });
    expect(report.kpis).toHaveLength(1);
    const kpi = report.kpis[0]?.kpi;
    expect(kpi?.title).toBe('ゲートキーパー養成者数(累計)');
    expect(kpi?.baseline).toEqual({ fiscalYear: 2019, value: '120' });
    expect(kpi?.target).toMatchObject({ fiscalYear: 2024, value: '600' });
    expect(kpi?.actuals.map((a) => [a.fiscalYear, String(a.figure.value)])).toEqual([
      [2020, '180'],
      [2021, '260'],
      [2022, '355'],
    ]);
    expect(report.fiscalYear).toBe(2022);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('is not turned with fewer than three years, or a table after the lines', () => {
    expect(turnYearFigureLines(page.slice(0, 6))).toBeNull();
    expect(turnYearFigureLines([...page, { row: 8, cells: ['区分', '計画', '実績'] }])).toBeNull();
    // Lines of words only, above a grid of several columns: not these lines.
    expect(
      turnYearFigureLines(rows(['指標'], ['令和2年度', '1', '2'], ['令和3年度', '1', '2'])),
    ).toBeNull();
  });
});
