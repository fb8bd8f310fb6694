import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { liftHeadingLines } from './heading-kpi-lines.ts';

const tsv = (lines: readonly string[]) => readTsv('heading-lines.tsv', lines.join('\n'));

// Each KPI's name alone on its line, then its lines named in the same column, years across.
const TABLE = [
  '指標\tR3\tR4\tR5',
  '健康教室参加者数\t\t\t',
  '目標\t100\t110\t120',
  '実績\t95\t105\t114',
  '達成率\t95.0%\t95.5%\t95.0%',
  '相談件数\t\t\t',
  '目標\t50\t55\t60',
  '実績\t40\t50\t66',
  '達成率\t80.0%\t90.9%\t110.0%',
  '※R5は速報値',
];

describe('KPIs each named alone on a line over its lines named by their words', () => {
  it('reads each KPI with its plan, results and rates, the note under them no KPI', () => {
    const report = importReportTable(tsv(TABLE));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['健康教室参加者数', '相談件数']);
    expect(report.kpis.map((k) => k.kpi.actuals.map((a) => a.figure.value))).toEqual([
      ['95', '105', '114'],
      ['40', '50', '66'],
    ]);
    expect(report.fiscalYear).toBe(2023);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(checkReport(report).yearRates).toEqual({ printed: 4, matched: 4 });
  });

  it('reads lines named by words no rule knows by what the rates say (予定 / 結果 / 割合)', () => {
    const worded = TABLE.map((l) =>
      l
        .replace(/^目標/, '予定')
        .replace(/^実績/, '結果')
        .replace(/^達成率/, '割合'),
    );
    const report = importReportTable(tsv(worded));
    expect(report.kpis.map((k) => k.kpi.actuals.at(-1)?.figure.value)).toEqual(['114', '66']);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
  });

  it('reads the lines named in a column of their own, each name alone on the line above (指標 | 区分 | R3 …)', () => {
    const own = TABLE.slice(0, 9).map((l, i) =>
      i === 0
        ? l.replace('指標', '指標\t区分')
        : /^(目標|実績|達成率)/.test(l)
          ? `\t${l}`
          : `${l}\t`,
    );
    expect(own[2]).toBe('\t目標\t100\t110\t120');
    const report = importReportTable(tsv(own));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['健康教室参加者数', '相談件数']);
    expect(report.unplaced).toEqual([]);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
  });

  it('leaves a table whose groups differ, or whose lines are a table’s rows, as it is', () => {
    const differ = [...TABLE.slice(0, 5), '相談件数\t\t\t', '目標\t50\t55\t60', '実績\t40\t50\t66'];
    expect(liftHeadingLines(tsv(differ).rows)).toBeNull();
    const oneKpiARow = ['指標\t目標\t実績\t達成率', '健康教室参加者数\t120\t114\t95.0%'];
    expect(liftHeadingLines(tsv(oneKpiARow).rows)).toBeNull();
  });
});
