import { describe, expect, it } from 'vitest';
import { checkReport } from './report-check.ts';
import { otherCityText, readOtherCity } from '../../test/support/other-cities.ts';

/**
 * Round am of the development set (fixtures/other-cities/README.md): real tables that set a plan
 * against its result and print the rate, of 公営企業 (水道事業 業務状況書, 上下水道事業会計) and a
 * budget's execution. What each must keep reading.
 */
const read = readOtherCity;
const text = otherCityText;

describe('江津市 水道事業 業務状況書: 年間予定 A | 当期実績 B | 予定との 対比 B/A, then 前年同期 実 績 C and its change', () => {
  const file = 'gotsu-suido-h20.tsv';

  it('reads the half-year against the year’s plan by the formula’s letters, 3 of 3 rates at 2 decimals', async () => {
    const report = await read(file);
    const result = checkReport(report);
    expect(result.summary).toEqual({ kpis: 3, printed: 3, matched: 3 });
    expect(result.kpis.map((k) => k.computed)).toEqual(['102.30%', '50.16%', '100.32%']);
    expect(report.fiscalYear).toBe(2008);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('reads 前年同期 実 績 C as H19’s, and the change on it (増減 B-C, 増減率%) kept as printed, no second rate', async () => {
    const report = await read(file);
    expect(report.kpis[0]?.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2008, '10015'],
      [2007, '9875'],
    ]);
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'target',
      'actual',
      'rate',
      'actual',
      'other',
      'other',
    ]);
  });

  it('says so where a printed rate is not the figures’', async () => {
    const wrong = await read(file, text(file).replace('\t50.16%\t', '\t51.16%\t'));
    expect(checkReport(wrong).summary).toEqual({ kpis: 3, printed: 3, matched: 2 });
  });
});

describe('戸田市 財政事情 2016年度下半期 歳入: 予算現額 | 支出済額 | 支出割合, amounts in 億/万/千円', () => {
  const file = 'toda-zaisei-h28.tsv';

  it('reads each revenue line’s budget as its plan and its receipts as its result, 5 of 5 readable rates', async () => {
    const report = await read(file);
    const result = checkReport(report);
    expect(result.summary).toEqual({ kpis: 6, printed: 5, matched: 5 });
    expect(result.kpis.map((k) => k.computed)).toEqual([
      '95.4%',
      '92.2%',
      '79.0%',
      '102.2%',
      '100.0%',
      null,
    ]);
    // 億/万/千円 read exactly, in 億円: 276億5,000万1千円 is 276.50001.
    expect(report.kpis.map((k) => [k.kpi.target?.value, k.kpi.unit])).toEqual([
      ['276.50001', '億円'],
      ['90.65942', '億円'],
      ['26.86761', '億円'],
      ['22.55', '億円'],
      ['22.04892', '億円'],
      ['18.65301', '億円'],
    ]);
    // The year from the title line 「2016年度一般会計の概要」.
    expect(report.fiscalYear).toBe(2016);
  });

  it('leaves only the cells the stored copy lost (市債, `?`) unplaced', async () => {
    const report = await read(file);
    expect(report.unplaced.map((u) => [u.row, u.text])).toEqual([
      [15, '?'],
      [15, '?'],
    ]);
    expect(report.problems.map((p) => p.kind)).toEqual(['unreadable', 'unreadable']);
  });
});

describe('戸田市 上下水道事業会計: two tables of 区分 | 執行額 | 執行率 under titles, the budget not printed', () => {
  it('reads the eight lines as KPIs, 執行額 the result, 執行率 read and none reproduced: nothing to divide by', async () => {
    const report = await read('toda-jougesuido-r2.tsv');
    expect(checkReport(report).summary).toEqual({ kpis: 8, printed: 8, matched: 0 });
    expect(report.kpis[4]?.kpi.actuals.map((a) => a.figure.value)).toEqual(['4.7044']);
    expect(report.reading.rows.filter((r) => r.kind === 'title').map((r) => r.row)).toEqual([
      7, 13,
    ]);
    expect(report.unplaced).toEqual([]);
    // Said once for the table: its rates have nothing to be checked against.
    expect(report.problems.map((p) => [p.kind, p.message])).toEqual([
      [
        'rate',
        'the table prints 8 rates ("執行率", column 3) but no target, yearly plan or baseline they are reckoned against: none can be checked, and the figures are read as printed',
      ],
    ]);
  });
});
