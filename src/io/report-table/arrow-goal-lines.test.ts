import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const lines = [
  '○○町総合戦略 数値目標とKPI',
  '1.しごとをつくる',
  '新規雇用者数: ― → 40人',
  '(1)農業の振興',
  '① 新規就農者数:2人/年 → 5人/年',
  '② 農産物直売所の売上:3,200万円 → 4,000万円',
  '(2)観光の振興',
  '① 観光入込客数:12.5万人 → 15万人',
  '② 体験メニュー数:― 件 → 10件',
  '2.ひとの流れをつくる',
  '転入者数:480人 → 520人',
];
const read = (text: string[]) => importReportTable(readTsv('kpi-list-r2.tsv', text.join('\n')));

describe('a plan’s KPIs listed as lines of 「名:現状 → 目標」 (総合戦略 数値目標・KPI)', () => {
  it('reads each line as a KPI of the plan: the figure before the arrow its baseline, after it its target', () => {
    const report = read(lines);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '新規雇用者数',
      '新規就農者数',
      '農産物直売所の売上',
      '観光入込客数',
      '体験メニュー数',
      '転入者数',
    ]);
    const farmers = report.kpis[1]?.kpi;
    expect(farmers?.baseline?.value).toBe('2');
    expect(farmers?.target).toMatchObject({ kind: 'value', value: '5' });
    expect(farmers?.unit).toBe('人/年');
    // No base figure printed: a dash, the target still read.
    expect(report.kpis[0]?.kpi.baseline).toBeNull();
    expect(report.kpis[0]?.kpi.target).toMatchObject({ value: '40' });
  });

  it('makes the numbered lines between them the plan tree: 「1.」 a 基本目標, 「(1)」 a 施策 whose KPIs are numbered afresh', () => {
    const report = read(lines);
    expect(report.plan.policies.map((p) => p.name)).toEqual([
      'しごとをつくる',
      'ひとの流れをつくる',
    ]);
    const themes = report.plan.policies[0]?.themes.map((t) => [
      t.number,
      t.name,
      t.kpis.map((k) => k.title),
    ]);
    expect(themes).toContainEqual(['1', '農業の振興', ['新規就農者数', '農産物直売所の売上']]);
    expect(themes).toContainEqual(['2', '観光の振興', ['観光入込客数', '体験メニュー数']]);
    // ① under (2) is not a second ①.
    expect(new Set(report.kpis.map((k) => k.kpi.code)).size).toBe(6);
  });

  it('lists a part it cannot read as the whole line the file prints, at its place', () => {
    const misprinted = lines.map((l) => l.replace('4,000万円', '4,0000万円'));
    const report = read(misprinted);
    expect(report.unplaced).toMatchObject([
      { row: 6, column: 1, text: '② 農産物直売所の売上:3,200万円 → 4,0000万円' },
    ]);
    // The KPI keeps what it could read of the line: its baseline.
    expect(report.kpis[2]?.kpi.baseline?.value).toBe('3200');
  });

  it('is not this shape with fewer than three such lines, or in a grid', () => {
    expect(() => read(lines.slice(0, 5))).toThrow(/no header row found/);
    const grid = ['指標\t現状値\t目標値', '観光入込客数:12.5万人 → 15万人\t12.5\t15'];
    expect(read(grid).kpis.map((k) => k.kpi.title)).toEqual(['観光入込客数:12.5万人 → 15万人']);
  });
});
