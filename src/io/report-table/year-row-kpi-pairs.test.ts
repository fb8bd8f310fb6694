import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { contentRows } from '../grid.ts';
import { importReportTable } from './import-report-table.ts';
import { turnYearRowKpiPairs } from './year-row-kpi-pairs.ts';

const grid = (lines: readonly string[]) => readTsv('t.tsv', lines.join('\n'));

// Years as rows, each KPI named once over its own 目標 / 実績 / 達成率 columns.
const PAIRS = [
  '年度\t移住者数\t\t\t創業件数\t\t',
  '\t目標\t実績\t達成率\t目標\t実績\t達成率',
  'R2\t50\t42\t84.0%\t5\t4\t80.0%',
  'R3\t60\t58\t96.7%\t6\t7\t116.7%',
  'R4\t70\t66\t94.3%\t7\t7\t100.0%',
];

describe('years as rows, two KPIs or more across, each over its own columns of line words', () => {
  it('turns each KPI into its lines with the years across, its name on its first line', () => {
    const turned = turnYearRowKpiPairs(contentRows(grid(PAIRS).rows));
    expect(turned?.rows.map((r) => r.cells)).toEqual([
      ['年度', '', 'R2', 'R3', 'R4'],
      ['移住者数', '目標', '50', '60', '70'],
      ['', '実績', '42', '58', '66'],
      ['', '達成率', '84.0%', '96.7%', '94.3%'],
      ['創業件数', '目標', '5', '6', '7'],
      ['', '実績', '4', '7', '7'],
      ['', '達成率', '80.0%', '116.7%', '100.0%'],
    ]);
    // Each cell back at its place in the file: R3's 創業件数 実績 is row 4, column 6.
    expect(turned?.origin(6, 4)).toEqual({ row: 4, column: 6 });
    expect(turned?.origin(1, 4)).toEqual({ row: 4, column: 1 });
  });

  it('reads a KPI per name, the latest year’s rate its own and the others its years’, every cell placed', () => {
    const report = importReportTable(grid(PAIRS));
    expect(report.fiscalYear).toBe(2022);
    expect(report.kpis.map((k) => [k.kpi.title, k.printedRateText])).toEqual([
      ['移住者数', '94.3%'],
      ['創業件数', '100.0%'],
    ]);
    const check = checkReport(report);
    expect(check.summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(check.yearRates).toEqual({ printed: 4, matched: 4 });
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('is not this layout with one KPI, a column under no line word, or rows that are not years', () => {
    const turn = (lines: readonly string[]) => turnYearRowKpiPairs(contentRows(grid(lines).rows));
    expect(turn(PAIRS.map((l) => l.split('\t').slice(0, 4).join('\t')))).toBeNull();
    expect(
      turn([PAIRS[0] ?? '', (PAIRS[1] ?? '').replace('達成率', '備考'), ...PAIRS.slice(2)]),
    ).toBeNull();
    expect(
      turn([...PAIRS.slice(0, 2), 'A市\t1\t2\t3\t4\t5\t6', 'B市\t1\t2\t3\t4\t5\t6']),
    ).toBeNull();
  });
});
