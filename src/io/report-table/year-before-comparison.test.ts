import { describe, expect, it } from 'vitest';
import { comparesWithYearBefore } from './year-before-comparison.ts';
import { classifyHeader } from './column-role.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

describe('a comparison with the year before named in a header (江津市 「前年同期実績との対比」)', () => {
  it('heads the change and its rate under it, with or without 実績 and 同期', () => {
    for (const label of [
      '前年同期実績との対比増減B-C',
      '前年同期実績との対比増減率%',
      '前年度との比較',
      '前年度実績に対する比較',
      '前年度対比B/A',
    ])
      expect(comparesWithYearBefore(label)).toBe(true);
  });

  it('is not a change written with its base first, nor last year’s figure itself', () => {
    for (const label of ['対前年度増減', '前年度実績', '前年同期実績C', '計画との対比'])
      expect(comparesWithYearBefore(label)).toBe(false);
  });

  it('makes such columns other, kept as printed, where 増減 alone is a difference and 増減率 a rate', () => {
    expect(classifyHeader('前年同期実績との対比 増減 B-C')).toEqual({
      role: { kind: 'other' },
      because: 'a comparison with the year before',
    });
    expect(classifyHeader('前年同期実績との対比 増減率%').role.kind).toBe('other');
    expect(classifyHeader('対前年度 増減').role.kind).toBe('difference');
    expect(classifyHeader('増減率').role.kind).toBe('rate');
    // A year-on-year ratio by letters is no plan's rate, though 対比 and B/A would read so.
    expect(classifyHeader('前年度対比 B/A').role.kind).toBe('other');
  });
});

describe('a rate of change naming the year before anywhere in its header', () => {
  it('is a comparison with the year before, whatever the order of its words', () => {
    for (const label of ['増減率(対前年)', '対前年度増減率', '伸び率(前年度比)', '対前年度伸率'])
      expect(classifyHeader(label)).toEqual({
        role: { kind: 'other' },
        because: 'a comparison with the year before',
      });
    // A plan's rate, a change against a base year and last year's own figure stay what they are.
    expect(classifyHeader('達成率').role.kind).toBe('rate');
    expect(classifyHeader('増減率(対H22)').role.kind).toBe('rate');
    expect(classifyHeader('前年度実績').role.kind).toBe('actual');
    expect(classifyHeader('対前年度 増減').role.kind).toBe('difference');
  });

  it('is never read as the KPIs’ rates, even where its percentages would reproduce as changes', () => {
    // R5 against R4 is +10.0%: read as a baseline and a change against it, the figures would
    // "reproduce" every percentage; they are last year's comparison, kept as printed.
    const report = importReportTable(
      readTsv(
        'kouhou-r5.tsv',
        [
          '指標\t目標値\tR4実績\tR5実績\t増減率(対前年)',
          '講座の参加者数\t1,500\t1,200\t1,320\t10.0%',
          '相談の件数\t400\t300\t330\t10.0%',
          '貸出冊数\t90,000\t80,000\t76,000\t-5.0%',
        ].join('\n'),
      ),
    );
    expect(report.kpis.map((k) => k.printedRate)).toEqual([null, null, null]);
    expect(report.kpis.map((k) => k.kpi.target?.value)).toEqual(['1500', '400', '90000']);
    expect(report.reading.columns[4]?.role).toBe('other');
  });
});
