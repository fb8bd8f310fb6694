import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) =>
  importReportTable(readTsv('t.tsv', lines.join('\n')), { fiscalYear: fiscalYear(2015) });

describe('a second figure column in another unit than the figures left of it', () => {
  it('keeps a budget beside the KPIs (決算見込額 in 円 beside 実績値 in 人) as printed, not as their actual (杉並区)', () => {
    const report = read([
      '事業\t計画数値\t実績値\t予算額\t決算見込額',
      '一時預かり\t31,815 人\t36,369 人\t47,289,000 円\t42,870,000 円',
      'ひととき保育\t67,507 人\t35,456 人\t94,673,000 円\t93,300,000 円',
    ]);
    const budget = report.reading.columns[4];
    expect(budget?.role).toBe('other');
    expect(budget?.because).toContain(
      'its cells are in 円, not the 人 of the figures left of them',
    );
    expect(checkReport(report).kpis.map((k) => k.computed)).toEqual(['114%', '53%']);
    expect(report.problems).toEqual([]);
  });

  it('leaves a second column of the same unit, and a row whose figures write no unit', () => {
    const same = read([
      '事業\t計画\t実績\t決算額',
      '一時預かり\t31,815 人\t36,369 人\t36,000 人',
      'ひととき保育\t67,507 人\t35,456 人\t35,000 人',
    ]);
    expect(same.reading.columns.map((c) => c.role)).toEqual(['kpi', 'target', 'actual', 'actual']);
    const bare = read([
      '事業\t計画\t実績\t決算額',
      '一時預かり\t31,815\t36,369\t42,870,000 円',
      'ひととき保育\t67,507\t35,456\t93,300,000 円',
    ]);
    expect(bare.reading.columns[3]?.role).toBe('actual');
  });
});

describe('a figure column whose header states a unit the KPIs never write (地方創生 KPI form, 石巻市)', () => {
  const lines = [
    '交付対象事業の名称\t実績額 (単位:円)\t指標\t指標値\t単位\t実績値',
    '創業支援\t1,200,000\t創業数\t5\t件\t7',
    '\t\t相談件数\t40\t件\t30',
  ];

  it('keeps the money spent as printed; the other actual column is the KPIs’', () => {
    const report = read(lines);
    expect(report.reading.columns[1]?.role).toBe('other');
    expect(report.reading.columns[1]?.because).toContain('its header states 円');
    expect(checkReport(report).kpis.map((k) => k.computed)).toEqual(['140%', '75%']);
  });

  it('is left alone where the unit column writes that unit too', () => {
    const report = read([...lines, '\t\t事業費\t900,000\t円\t800,000']);
    expect(report.reading.columns[1]?.role).toBe('actual');
  });
});

describe('a second figure column in another unit than the unit column states for bare figures', () => {
  const readAsPrinted = (lines: readonly string[]) =>
    importReportTable(readTsv('t.tsv', lines.join('\n')));

  it('takes the unit column’s unit for bare figures: a 削減目標率 in % beside 千kWh is the rate’s target, kept as printed', () => {
    const report = readAsPrinted([
      '項目\t単位\t基準年度(H25)\t令和5年度実績\t削減率\t目標(R12)\t削減目標率',
      '電気使用量\t千kWh\t12,400\t10,168\t18.0%\t9,300\t25.0%',
      '都市ガス使用量\t千㎥\t820\t689\t16.0%\t656\t20.0%',
    ]);
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'unit',
      'baseline',
      'actual',
      'rate',
      'target',
      'other',
    ]);
    expect(report.kpis.map((k) => k.kpi.target?.value)).toEqual(['9300', '656']);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(report.problems).toEqual([]);
  });

  it('leaves a second column in the unit column’s unit, or the same at another scale (千円, 万円)', () => {
    const scaled = readAsPrinted([
      '項目\t単位\t計画\t実績\t決算額',
      '使用料の見直し\t千円\t12,000\t12,840\t1,284万円',
      '補助金の見直し\t千円\t35,000\t41,200\t4,120万円',
    ]);
    expect(scaled.reading.columns[4]?.role).toBe('actual');
  });
});
