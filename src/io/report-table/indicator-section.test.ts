import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { namesIndicatorSection } from './indicator-section.ts';

describe('a line naming a kind of indicator, alone between KPI rows', () => {
  it('names a kind of indicator, brackets after it or not', () => {
    expect(namesIndicatorSection('分野の成果指標')).toBe(true);
    expect(namesIndicatorSection('ベンチマーク指標(基準値、標準値、参考値 等)')).toBe(true);
    expect(namesIndicatorSection('参加世帯数')).toBe(false);
    expect(namesIndicatorSection('指標の説明を参照')).toBe(false);
  });

  const table = [
    '指標\tR3\tR4\tR4目標\t達成率',
    '参加世帯数\t1,000\t1,200\t1,500\t80.0%',
    '活動指標',
    '講座の開催数\t10\t12\t12\t100.0%',
    '講座の参加者数\t200\t250\t300\t83.3%',
  ].join('\n');

  it('heads the KPIs under it as their theme, no KPI of its own', () => {
    const report = importReportTable(readTsv('sections.tsv', table));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '参加世帯数',
      '講座の開催数',
      '講座の参加者数',
    ]);
    expect(report.unplaced).toEqual([]);
    const themes = report.plan.policies.flatMap((p) => p.themes);
    expect(themes.map((t) => [t.name, t.kpis.length])).toEqual([
      ['', 1],
      ['活動指標', 2],
    ]);
  });

  it('leaves a one-cell line of another name a KPI of its own (an indicator with no figure yet)', () => {
    const report = importReportTable(
      readTsv('empty.tsv', table.replace('活動指標', '講座の満足度')),
    );
    expect(report.kpis.map((k) => k.kpi.title)).toContain('講座の満足度');
  });
});
