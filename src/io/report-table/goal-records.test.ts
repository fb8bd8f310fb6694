import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const lines = [
  '前回の計画目標の達成状況',
  '1 発生抑制の目標',
  '家庭系ごみ',
  '1人1日当たりごみ発生量を令和2年度において、平成26年度より5%以上削減する。',
  '達成状況',
  '未達成',
  '601グラム毎人・日(平成26年度)→611グラム毎人・日(令和元年)',
  '2 資源化の目標',
  '資源化の目標',
  '令和2年度におけるリサイクル率を27%以上とする。',
  '達成状況',
  '未達成',
  '24%(平成26年度)→22%(令和元年度)',
];
const read = (text: string[]) => importReportTable(readTsv('gomi.tsv', text.join('\n')));

describe('goals printed as lines with their 達成状況 (ごみ処理基本計画 前回の計画目標の達成状況)', () => {
  it('reads each goal as a KPI: the figure before the arrow its baseline, after it its actual, the word its grade', () => {
    const report = read(lines);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.fiscalYear).toBe(2019);
    expect(report.kpis.map((k) => [k.kpi.title, k.printedGrade])).toEqual([
      ['家庭系ごみ', '未達成'],
      ['資源化の目標', '未達成'],
    ]);
    expect(report.kpis[0]?.kpi.baseline).toMatchObject({ value: '601', fiscalYear: 2014 });
    expect(report.kpis[1]?.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2019, '22'],
    ]);
  });

  it('keeps the goal’s sentence as printed, the headings as title lines', () => {
    const report = read(lines);
    expect(report.kpis[1]?.kpi.narratives.map((n) => n.text)).toEqual([
      '令和2年度におけるリサイクル率を27%以上とする。',
    ]);
    const titles = report.reading.rows.filter((r) => r.kind === 'title').map((r) => r.row);
    expect(titles).toEqual([1, 2, 8]);
  });

  it('is not this shape with one goal, or with lines that are no arrow of figures', () => {
    expect(() => read(lines.slice(0, 7))).toThrow(/no header row found/);
    const noArrow = lines.map((l) => l.replace('→', 'から'));
    expect(() => read(noArrow)).toThrow(/no header row found/);
  });
});
