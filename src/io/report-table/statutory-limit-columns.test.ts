import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { classifyHeader } from './column-role.ts';
import { importReportTable } from './import-report-table.ts';
import { statutoryLimitWord } from './statutory-limit-columns.ts';

/** 健全化判断比率: two years' ratios beside the limits the law sets for them. */
const RATIOS = [
  '平成30年度決算に基づく健全化判断比率',
  '区分\t平成29年度\t平成30年度\t早期健全化基準\t財政再生基準',
  '実質赤字比率\t―\t―\t13.02\t20.00',
  '実質公債費比率\t9.8\t9.4\t25.0\t35.0',
  '将来負担比率\t62.4\t58.1\t350.0\t',
].join('\n');

describe('the limits the law sets for the ratios: 「早期健全化基準 | 財政再生基準」 (健全化判断比率)', () => {
  it('are kept as printed, not baselines though they say 基準', () => {
    expect(statutoryLimitWord('早期健全化基準')).toBe('早期健全化基準');
    expect(statutoryLimitWord('経営健全化基準')).toBe('経営健全化基準');
    expect(classifyHeader('財政再生基準').role).toEqual({ kind: 'other' });
    expect(statutoryLimitWord('基準値(H30)')).toBeNull();
    expect(classifyHeader('基準値（平成30年度）').role.kind).toBe('baseline');
  });

  it('leaves each ratio its two years’ actuals and no baseline', () => {
    const report = importReportTable(readTsv('t.tsv', RATIOS));
    const [, debt] = report.kpis;
    expect(debt?.kpi.title).toBe('実質公債費比率');
    expect(debt?.kpi.baseline).toBeNull();
    expect(debt?.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2017, '9.8'],
      [2018, '9.4'],
    ]);
    expect(report.reading.columns.filter((c) => c.role === 'baseline')).toEqual([]);
    expect(report.unplaced).toEqual([]);
  });
});
