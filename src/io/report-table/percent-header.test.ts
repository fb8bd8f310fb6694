import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { headerStatesPercent } from './percent-header.ts';

describe('a header that says its figures are percentages', () => {
  it('names a rate, spaced out or not, or states the unit', () => {
    expect(headerStatesPercent('受 診 率')).toBe(true);
    expect(headerStatesPercent('比 較 率')).toBe(true);
    expect(headerStatesPercent('舗装率 (%)')).toBe(true);
    expect(headerStatesPercent('女性委員の割合')).toBe(true);
    expect(headerStatesPercent('整備率（目標）')).toBe(true);
    expect(headerStatesPercent('単位:%')).toBe(true);
    // 徳島県 県税の税目別調定収入状況調, the old word for a collection's rate.
    expect(headerStatesPercent('収入 歩合')).toBe(true);
    expect(headerStatesPercent('実行歩合')).toBe(true);
  });

  it('is not a header of counts or amounts, nor a rate word inside a longer name', () => {
    expect(headerStatesPercent('受 診 者 数')).toBe(false);
    expect(headerStatesPercent('当初予算額 A')).toBe(false);
    expect(headerStatesPercent('率の推移について')).toBe(false);
    expect(headerStatesPercent('')).toBe(false);
  });
});

describe('a column of shares printed without % signs under a header naming a rate', () => {
  it('is read as the rates the figures beside it reproduce (群馬県 「女性参画率」 over 36.9)', () => {
    const report = importReportTable(
      readTsv(
        'sankaku-r2.tsv',
        [
          '各種審議会・委員会等への女性の参画率',
          '区分\t審議会等数\t委員総数\tうち女性委員数\t女性参画率',
          '法律に基づく審議会等\t57\t653\t241\t36.9',
          '条例に基づく審議会等\t28\t320\t135\t42.2',
          '行政委員会\t8\t54\t15\t27.8',
        ].join('\n'),
      ),
    );
    expect(report.kpis.map((k) => k.inference.kind)).toEqual(['matched', 'matched', 'matched']);
    expect(report.kpis[0]?.kpi.target?.value).toBe('653');
    expect(report.unplaced).toEqual([]);
  });
});

describe('a column of unrounded rates under 「収入歩合」 (徳島県 不動産取得税, a workbook shown as text)', () => {
  it('is read as the rates 収入額 ÷ 調定額 reproduces, each as the sheet computes it', () => {
    const report = importReportTable(
      readTsv(
        'kenzei-r3.tsv',
        [
          '(8) 不動産取得税',
          '区分\t調定額\t収入額\t欠損額\t収入歩合',
          '東部\t1420722700\t1406261800\t0\t98.98214479152054',
          '南部\t239183300\t238820600\t0\t99.8483589782397',
          '西部\t87911800\t87754635\t0\t99.82122422700934',
        ].join('\n'),
      ),
    );
    expect(report.kpis.map((k) => k.inference.kind)).toEqual(['matched', 'matched', 'matched']);
    expect(report.kpis[0]?.kpi.target?.value).toBe('1420722700');
    expect(report.unplaced).toEqual([]);
  });
});
