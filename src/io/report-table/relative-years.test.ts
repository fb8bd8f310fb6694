import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { checkReport } from '../report-check.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const table = [
  '指標\t前年度実績\t今年度目標\t今年度実績\t達成率\t最終目標(R7)\t対前年度比',
  '参加者数\t90人\t100人\t95人\t95.0%\t150人\t105.6%',
  '満足度\t40%\t45%\t46%\t102.2%\t50%\t115.0%',
];

describe('years a header tells from the report year (前年度実績 beside 今年度実績)', () => {
  it('reads 前年度 as the year before the report year, not as a second figure of the report year', () => {
    const report = importReportTable(readTsv('relative.tsv', table.join('\n')), {
      fiscalYear: fiscalYear(2023),
    });
    expect(report.kpis[0]?.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2022, '90'],
      [2023, '95'],
    ]);
    // 今年度目標 is the report year's milestone; the rate the report year's actual over it.
    expect(checkReport(report).kpis.map((k) => [k.computed, k.match])).toEqual([
      ['95.0%', true],
      ['102.2%', true],
    ]);
    const columns = report.reading.columns.map((c) => [c.label, c.role]);
    expect(columns[1]).toEqual(['前年度実績', 'actual']);
    expect(report.reading.columns[1]?.because).toContain('前年度');
    expect(report.unplaced).toEqual([]);
  });

  it('leaves 計画前年度 (the year before the plan) and a header naming its year alone', () => {
    const report = importReportTable(
      readTsv(
        'plan-year.tsv',
        ['指標\t計画前年度実績\t目標値\tR5実績\t前年度(R3)実績', '職員数\t120\t100\t110\t115'].join(
          '\n',
        ),
      ),
      { fiscalYear: fiscalYear(2023) },
    );
    const years = report.reading.columns.map((c) =>
      c.because.includes('told from the report year'),
    );
    expect(years).toEqual([false, false, false, false, false]);
  });
});

describe('the same half of the year before (江津市 上半期 業務状況書 「前年同期 実績 C」)', () => {
  it('reads 前年同期 as the year before the report year; a ratio 前年同期比 keeps its reading', () => {
    const report = importReportTable(
      readTsv(
        'half-year.tsv',
        [
          '事項\t年間予定 A\t当期実績 B\t予定との対比 B/A\t前年同期実績 C\t前年同期比',
          '給水戸数\t9,790\t10,015\t102.30%\t9,875\t101.4%',
        ].join('\n'),
      ),
      { fiscalYear: fiscalYear(2008) },
    );
    expect(report.kpis[0]?.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2008, '10015'],
      [2007, '9875'],
    ]);
    expect(checkReport(report).kpis.map((k) => [k.computed, k.match])).toEqual([['102.30%', true]]);
    expect(report.reading.columns[5]?.role).toBe('other');
  });
});
