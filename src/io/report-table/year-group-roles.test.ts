import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';

const tsv = (lines: readonly string[]) => readTsv('kaigo-r1.tsv', lines.join('\n'));

// A 介護保険事業計画's table of services: each year its expected volume, the volume used and
// the one over the other, by words no rule reads a result from (利用量, 対見込比).
const table = [
  'サービス種類\t平成30年度\t\t\t令和元年度\t\t',
  '\t見込量\t利用量\t対見込比\t見込量\t利用量\t対見込比',
  '訪問介護(回/月)\t5,200\t4,980\t95.8%\t5,400\t5,120\t94.8%',
  '通所介護(回/月)\t3,100\t3,260\t105.2%\t3,200\t3,150\t98.4%',
  '短期入所(日/月)\t820\t700\t85.4%\t850\t690\t81.2%',
];

describe('columns grouped by year under words no rule knows (見込量 | 利用量 | 対見込比 each year)', () => {
  it('reads each earlier year’s columns as the rates read the latest year’s, and checks its rates', () => {
    const report = importReportTable(tsv(table));
    const result = checkReport(report);
    expect(result.summary).toEqual({ kpis: 3, printed: 3, matched: 3 });
    // 4,980 ÷ 5,200 = 95.8%: H30's rates are reckoned on H30's own plan and result.
    expect(result.yearRates).toEqual({ printed: 3, matched: 3 });
    expect(report.kpis[0]?.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2018, '4980'],
      [2019, '5120'],
    ]);
    expect(report.problems).toEqual([]);
    const h30 = report.reading.columns.filter((c) => c.label.startsWith('平成30年度'));
    expect(h30.map((c) => [c.role, c.fiscalYear])).toEqual([
      ['target', 2018],
      ['actual', 2018],
      ['rate', null],
    ]);
  });

  it('names a misprinted earlier year’s rate, checked against its own year', () => {
    const misprint = table.map((l) => l.replace('95.8%', '97.0%'));
    const result = checkReport(importReportTable(tsv(misprint)));
    expect(result.yearRates).toEqual({ printed: 3, matched: 2 });
  });

  it('leaves a later year’s plan with no result alone: it is no earlier year of the rates', () => {
    const later = table.map((l, i) =>
      i === 0 ? `${l}\t令和2年度` : i === 1 ? `${l}\t見込量` : `${l}\t${6000 + i}`,
    );
    const report = importReportTable(tsv(later));
    const r2 = report.reading.columns.find((c) => c.label.startsWith('令和2年度'));
    expect(r2?.role).not.toBe('actual');
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 3, matched: 3 });
  });
});
