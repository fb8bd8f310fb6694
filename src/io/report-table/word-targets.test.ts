import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { isNoneWord, wordTarget } from './word-targets.ts';

describe('a target written as a word of what to make of the baseline', () => {
  it('reads ゼロ as none left, 半減 as a cut and 倍増 as a rise, in % of the baseline', () => {
    expect(wordTarget('ゼロ', null)).toMatchObject({ kind: 'level', target: { value: '0' } });
    expect(wordTarget('ゼロ件', null)).toMatchObject({ kind: 'level' });
    expect(wordTarget('半減', null)).toMatchObject({
      kind: 'reduction',
      target: { value: '50' },
      percent: true,
    });
    expect(wordTarget('倍 増', null)).toMatchObject({
      kind: 'rise',
      target: { value: '100' },
      percent: true,
    });
    for (const other of ['120件', '増加', '半減を目指し取組を進める', '維持', '2割削減'])
      expect(wordTarget(other, null)).toBeNull();
  });

  it('reproduces the printed rates as the progress toward what the word makes of the baseline', () => {
    const report = importReportTable(
      readTsv(
        't.tsv',
        [
          '指標\t基準値\t目標値\t実績値\t達成率',
          '待機児童数\t12人\tゼロ\t3人\t75.0%',
          '不法投棄件数\t40件\t半減\t28件\t60.0%',
          '農産物輸出額\t5億円\t倍増\t8億円\t60.0%',
          '待機者数\t50人\t2割削減\t46人\t40.0%',
        ].join('\n'),
      ),
      { fiscalYear: fiscalYear(2023) },
    );
    const result = checkReport(report);
    expect(result.kpis.map((k) => [k.title, k.direction, k.match])).toEqual([
      ['待機児童数', 'decrease', true],
      ['不法投棄件数', 'decrease', true],
      ['農産物輸出額', 'increase', true],
      ['待機者数', 'decrease', true],
    ]);
    expect(result.unplaced).toEqual([]);
    expect(result.problems).toEqual([]);
  });
});

describe('none in a word where a result or a baseline would be', () => {
  it('reads ゼロ and 皆無 as the figure 0 (ごみ 審議会 ③ 最終処分量 「ゼロ」 in every column)', () => {
    expect(isNoneWord('ゼロ')).toBe(true);
    expect(isNoneWord('皆無')).toBe(true);
    expect(isNoneWord('ゼロ件')).toBe(true);
    expect(isNoneWord('0')).toBe(false);
    expect(isNoneWord('半減')).toBe(false);
    const report = importReportTable(
      readTsv(
        'none-h29.tsv',
        [
          '指標\t現状値\t目標値\tH29 実績',
          '資源化率\t41.3%\t45%\t43.5%',
          '最終処分量\tゼロ\tゼロ\tゼロ',
        ].join('\n'),
      ),
      { fiscalYear: fiscalYear(2017) },
    );
    expect(report.kpis[1]?.kpi.baseline?.value).toBe('0');
    expect(report.kpis[1]?.kpi.actuals.map((a) => a.figure.value)).toEqual(['0']);
    expect(report.unplaced).toEqual([]);
  });
});
