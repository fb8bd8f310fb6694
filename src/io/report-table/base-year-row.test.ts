import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { countsFromFirstYear } from './base-year-row.ts';
import { importReportTable } from './import-report-table.ts';

const row = (line: string, at = 1) => ({ row: at, cells: line.split('\t') });

/** A 定員適正化計画's progress by year: the cuts counted from 令和元年's 486 (25/486 = 5.14%). */
const STAFF = [
  '第4次定員適正化計画 進捗状況（令和5年4月1日現在）',
  '年度（各年4月1日）\t計画職員数\t実職員数\t計画との差\t削減数（累計）\t削減率',
  '令和元年\t486人\t486人\t0人\t0人\t0.00%',
  '令和2年\t480人\t482人\t+2人\t4人\t0.82%',
  '令和3年\t474人\t476人\t+2人\t10人\t2.06%',
  '令和4年\t468人\t469人\t+1人\t17人\t3.50%',
  '令和5年\t462人\t461人\t△1人\t25人\t5.14%',
  '※削減率は令和元年4月1日の職員数（486人）に対する削減数の割合。',
].join('\n');

describe('a table of years as rows counting its cuts from its first year (定員適正化計画 削減率)', () => {
  it('takes the first year for the base where its rate of change prints nothing changed', () => {
    const header = row('年度\t職員数\t前年対比\t削減率(累計)');
    expect(countsFromFirstYear(header, row('平成27年度\t234人\t\t'))).toBe(true);
    expect(countsFromFirstYear(header, row('令和元年\t486人\t0人\t0.00%'))).toBe(true);
    expect(countsFromFirstYear(header, row('平成27年度\t234人\t\t(基準)'))).toBe(true);
    expect(countsFromFirstYear(header, row('平成28年度\t231人\t▲3人\t▲1.28%'))).toBe(false);
  });

  it('is no base where no header names a rate of change (an achievement rate starts at its own figure)', () => {
    const header = row('年度\t計画\t実績\t達成率');
    expect(countsFromFirstYear(header, row('令和元年\t10\t0\t0.0%'))).toBe(false);
  });

  it('reads the cuts as changes against the first year’s count, that year’s own 0.00% kept as printed', () => {
    const report = importReportTable(readTsv('t.tsv', STAFF));
    const [kpi] = report.kpis;
    expect(kpi?.kpi.baseline).toEqual({ value: '486', fiscalYear: 2019 });
    expect(kpi?.kpi.target?.value).toBe('462');
    expect(kpi?.kpi.actuals.at(-1)).toMatchObject({ fiscalYear: 2023, figure: { value: '461' } });
    expect(kpi?.kpi.direction).toBe('decrease');
    const check = checkReport(report);
    expect(check.summary).toEqual({ kpis: 1, printed: 1, matched: 1 });
    expect(check.yearRates).toEqual({ printed: 3, matched: 3 });
    expect(report.problems).toEqual([]);
    expect(report.unplaced).toEqual([]);
  });
});
