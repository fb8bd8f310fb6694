import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { isPendingWord } from './pending-word.ts';

describe('a figure not known yet, written as words', () => {
  it('is 「数値未確定」, 「集計中」, 「調査中」, never a word with a figure or another word', () => {
    for (const text of ['数値未確定', '未確定', '集計 中', '調査中', '実績未公表', 'H28.8確定見込'])
      expect(isPendingWord(text)).toBe(true);
    for (const text of [
      '未確定 12',
      '確定',
      '中',
      '設置',
      '未実施',
      '12人',
      'H28.8',
      'H28.8 5.3冊',
    ])
      expect(isPendingWord(text)).toBe(false);
  });
  it('is kept as printed where a result would be, the KPI with no result for its year', () => {
    const report = importReportTable(
      readTsv(
        't.tsv',
        ['指標\t基準値\t目標値\t実績値', '個人貸出冊数(冊)\t4.9\t6\t数値未確定'].join('\n'),
      ),
    );
    expect(report.unplaced).toEqual([]);
    const kpi = report.kpis[0]?.kpi;
    expect(kpi?.actuals).toEqual([]);
    expect(kpi?.extras).toContainEqual({ label: '実績値', text: '数値未確定' });
  });
  it('is no year of a column of years (「H28.8確定見込」 under 今年度実績値 a result to come, no date)', () => {
    const report = importReportTable(
      readTsv(
        't.tsv',
        ['指標\t基準値\t目標値\t今年度実績値', '個人貸出冊数(冊)\t4.9\t6\tH28.8確定見込'].join(
          '\n',
        ),
      ),
    );
    expect(report.reading.columns[3]?.role).toBe('actual');
    expect(report.kpis[0]?.kpi.extras).toContainEqual({
      label: '今年度実績値',
      text: 'H28.8確定見込',
    });
  });
});
