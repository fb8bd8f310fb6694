import { describe, expect, it } from 'vitest';
import { contentRows } from '../grid.ts';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { readSentenceRows, sentenceFigures } from './sentence-rows.ts';

/** 寒川町 H26 総括: two lines, a label, a sentence and a rate in brackets; no header. */
const SAMUKAWA = [
  '総括',
  '取り組み項目数における達成度\t20項目中、16項目を達成\t(達成率80%)',
  '目標額に対する効果額\t目標額5億4,900万円に対し、6億9,499万円の効果額\t(達成率126.6%)',
].join('\n');

describe('rows of sentences holding a target and an actual (寒川町 総括)', () => {
  it('a sentence gives its target and its actual as printed', () => {
    expect(sentenceFigures('20項目中、16項目を達成')).toEqual({
      target: '20項目',
      actual: '16項目',
    });
    expect(sentenceFigures('目標額5億4,900万円に対し、6億9,499万円の効果額')).toEqual({
      target: '5億4,900万円',
      actual: '6億9,499万円',
    });
    expect(sentenceFigures('16項目を達成')).toBeNull();
  });

  it('are read as a KPI, its target, actual, rate and narrative, the roles given under an empty header (no word made up)', () => {
    const turned = readSentenceRows(contentRows(readTsv('t.tsv', SAMUKAWA).rows));
    expect(turned?.rows.map((r) => r.cells)).toEqual([
      ['総括'],
      ['', '', '', '', ''],
      ['取り組み項目数における達成度', '20項目', '16項目', '(達成率80%)', '20項目中、16項目を達成'],
      [
        '目標額に対する効果額',
        '5億4,900万円',
        '6億9,499万円',
        '(達成率126.6%)',
        '目標額5億4,900万円に対し、6億9,499万円の効果額',
      ],
    ]);
    expect(turned?.origin(4, 2)).toEqual({ row: 3, column: 2 });
    expect([1, 2, 3, 4, 5].map((c) => turned?.given?.(2, c)?.role)).toEqual([
      'kpi',
      'target',
      'actual',
      'rate',
      'narrative',
    ]);
    expect(turned?.given?.(2, 2)?.because).toBe('rewritten from sentences');
    expect(turned?.given?.(3, 2)).toBeNull();
    expect(
      readSentenceRows(contentRows(readTsv('t.tsv', '指標\t実績\n① 件数\t3').rows)),
    ).toBeNull();
  });

  it('reproduce their rates: 16/20 = 80%, 6億9,499万円 / 5億4,900万円 = 126.6%', () => {
    const report = importReportTable(readTsv('samukawa-h26.tsv', SAMUKAWA));
    expect(checkReport(report).kpis.map((k) => [k.printed, k.match])).toEqual([
      ['80%', true],
      ['126.6%', true],
    ]);
    expect(report.kpis.map((k) => k.kpi.unit)).toEqual(['項目', '億円']);
    expect(report.kpis[0]?.kpi.narratives.map((n) => n.text)).toEqual(['20項目中、16項目を達成']);
    expect(report.reading.columns.map((c) => [c.label, c.role, c.because])).toEqual([
      ['', 'kpi', 'rewritten from sentences'],
      ['', 'target', 'read from the sentence: rewritten from sentences'],
      ['', 'actual', 'read from the sentence: rewritten from sentences'],
      ['', 'rate', 'rewritten from sentences'],
      ['', 'narrative', 'read from the sentence: rewritten from sentences'],
    ]);
    expect(report.reading.rows.map((r) => [r.row, r.kind, r.fields])).toEqual([
      [1, 'title', ['title']],
      [2, 'kpi', ['kpi', 'narrative', 'rate']],
      [3, 'kpi', ['kpi', 'narrative', 'rate']],
    ]);
  });
});
