import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';

/** 軽米町 定員管理, three of its rows: two spans of years, each with its net cut and that cut's share. */
const KARUMAI = [
  '単位:人・%',
  '区分\t各年4月1日の職員数\t\t\t純減実績 (H11-H13)\t純 減 率 (H11-H13) ÷H11*100\t適正化実績(各年4月1日の職員数)\t\t\t純減計 (H17-H19)\t純 減 率 (H17-H19)÷ H17*100',
  '\tH11\tH12\tH13\t\t\tH17\tH18\tH19\t\t',
  '一般行政部門\t163\t160\t128\t35\t21.5%\t122\t119\t114\t8\t6.6%',
  '公営企業部門\t17\t16\t35\t▲ 18\t-105.9%\t33\t32\t19\t14\t42.4%',
  'うち 上水道 事業\t8\t8\t8\t0\t0.0%\t7\t6\t5\t2\t28.6%',
  '合計\t180\t176\t163\t17\t9.4%\t155\t151\t133\t22\t14.2%',
].join('\n');

describe('rates each naming a span of years of their own (軽米町 純減率 (H11-H16), (H17-H22))', () => {
  it('make a KPI per span of each row, its rate the cut over the span’s first year', () => {
    const report = importReportTable(readTsv('karumai-h19.tsv', KARUMAI));
    const result = checkReport(report);
    expect(result.kpis.map((k) => [k.code, k.title, k.computed, k.match])).toEqual([
      ['1', '一般行政部門', '21.5%', true],
      ['1-2', '一般行政部門（H17-H19）', '6.6%', true],
      ['2', '公営企業部門', '-105.9%', true],
      ['2-2', '公営企業部門（H17-H19）', '42.4%', true],
      ['3', 'うち 上水道 事業', '0.0%', true],
      ['3-2', 'うち 上水道 事業（H17-H19）', '28.6%', true],
      ['合計', '合計', '9.4%', true],
      ['合計-2', '合計（H17-H19）', '14.2%', true],
    ]);
    const [first, second] = report.kpis.map((k) => k.kpi);
    // The base is the count of the span's first year; the actuals are the span's years.
    expect(first?.baseline).toEqual({ value: '163', fiscalYear: 1999 });
    expect(first?.actuals.map((a) => a.fiscalYear)).toEqual([1999, 2000, 2001]);
    expect(second?.baseline).toEqual({ value: '122', fiscalYear: 2005 });
    expect(first?.unit).toBe('人');
    // 合計 is checked against its departments, not against the うち breakdown counted in them.
    expect(result.unplaced).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it('says where a total is not the sum of its rows, breakdowns left out, and where a printed cut is not the change', () => {
    const edited = KARUMAI.replace('合計\t180', '合計\t181');
    const report = importReportTable(readTsv('karumai-h19.tsv', edited));
    // The 合計's printed cut (17) no longer matches its base either: both are said.
    expect(report.problems.map((p) => [p.kind, p.row, p.column])).toEqual([
      ['total', 7, 2],
      ['difference', 7, 5],
    ]);
  });
});
