import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { readTsv } from '../read-delimited.ts';
import { chainedPairs, namedPairs } from './chained-pairs.ts';
import { importReportTable } from './import-report-table.ts';

describe('a line chaining a KPI’s figures with arrows, each with its label', () => {
  it('gives each pair, the heading before the first left out', () => {
    expect(
      chainedPairs('結 果:従前値:120 件(25 年度)⇒目標値:150 件(29 年度)⇒実績値:141 件(94%)'),
    ).toEqual([
      { label: '従前値', value: '120 件(25 年度)' },
      { label: '目標値', value: '150 件(29 年度)' },
      { label: '実績値', value: '141 件(94%)' },
    ]);
    expect(chainedPairs('基準値:30% → 目標値:45%')).toEqual([
      { label: '基準値', value: '30%' },
      { label: '目標値', value: '45%' },
    ]);
  });

  it('reads the rest of a chain wrapped onto a line of its own, which begins with its arrow', () => {
    expect(chainedPairs('⇒実績値:62.0%(310 件/500 件)(令和 4 年度末)')).toEqual([
      { label: '実績値', value: '62.0%(310 件/500 件)(令和 4 年度末)' },
    ]);
    expect(chainedPairs('⇒目標値:100%(30年度)⇒実績値:90%')).toHaveLength(2);
    // …and its start: one pair after the line's heading.
    expect(chainedPairs('結 果:従前値:12%(26年度)')).toEqual([
      { label: '従前値', value: '12%(26年度)' },
    ]);
  });

  it('is none for a sentence with an arrow, a label naming no figure, or one pair alone', () => {
    expect(chainedPairs('611グラム→550グラム')).toBeNull();
    expect(chainedPairs('定 義:対象戸数⇒改修済戸数')).toBeNull();
    expect(chainedPairs('担当:建築課⇒目標値:10件')).toBeNull();
    expect(chainedPairs('目標値:150 件')).toBeNull();
    expect(chainedPairs('評価方法:事業実績による')).toBeNull();
  });
});

describe('a KPI’s name, then its figures as pairs on the same line', () => {
  it('reads 「・移住者数 目標：100人 実績：82人 達成率：82.0%」 as the name and three pairs', () => {
    expect(namedPairs('・移住者数　目標：100人　実績：82人　達成率：82.0%')).toEqual([
      { label: '指標名', value: '移住者数' },
      { label: '目標', value: '100人' },
      { label: '実績', value: '82人' },
      { label: '達成率', value: '82.0%' },
    ]);
  });

  it('is none for a sentence, a chain with a heading, or one pair', () => {
    expect(namedPairs('結 果:従前値:246 戸⇒目標値:263 戸')).toBeNull();
    expect(namedPairs('移住者数 目標:100人')).toBeNull();
    expect(namedPairs('移住者数 理由:転出が多い 対策:相談会')).toBeNull();
  });

  it('reads lines of them as a KPI each', () => {
    const report = importReportTable(
      readTsv(
        't.tsv',
        [
          '１　移住の促進',
          '・移住者数　目標：100人　実績：82人　達成率：82.0%',
          '・移住相談件数　目標：300件　実績：315件　達成率：105.0%',
        ].join('\n'),
      ),
      { fiscalYear: fiscalYear(2022) },
    );
    expect(report.kpis.map((k) => [k.kpi.title, k.printedRateText, k.inference.kind])).toEqual([
      ['移住者数', '82.0%', 'matched'],
      ['移住相談件数', '105.0%', 'matched'],
    ]);
    expect(report.unplaced).toEqual([]);
  });
});
