import { describe, expect, it } from 'vitest';
import type { GridRow } from '../grid.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { headingPairs, pairedNameAt } from './heading-pairs.ts';

const row = (...cells: string[]): GridRow => ({ row: 1, cells });

describe('label–value pairs after a block heading’s name', () => {
  it('reads the pairs after the name’s label and the name', () => {
    const heading = row('成果指標名', '来場者数', '現状値', '400', '', '最終目標値', '500');
    expect(headingPairs(heading).map((f) => [f.label.text, f.value.text, f.value.column])).toEqual([
      ['現状値', '400', 4],
      ['最終目標値', '500', 7],
    ]);
    expect(pairedNameAt(heading)).toBe(1);
    // A pair whose value is no figure (「単位 | 人」): no such heading.
    expect(headingPairs(row('成果指標名', '来場者数', '単位', '人'))).toEqual([]);
  });
  it('finds the name of a heading of one pair of a figure', () => {
    const heading = row('成果指標名', '来場者数', '令和7年度目標値', '500');
    expect(headingPairs(heading)).toHaveLength(1);
    expect(pairedNameAt(heading)).toBe(1);
  });
  it('is none for a name alone, a figure for a name, a label without its name’s word, a value no figure', () => {
    expect(headingPairs(row('成果指標名', '来場者数'))).toEqual([]);
    expect(headingPairs(row('成果指標名', '120', '目標値', '500'))).toEqual([]);
    expect(headingPairs(row('区分', '来場者数', '目標値', '500'))).toEqual([]);
    expect(headingPairs(row('成果指標名', '来場者数', '目標値', '増やす'))).toEqual([]);
  });
});

describe('blocks each under a heading of its name and a final target (瑞浪市 施策評価調書)', () => {
  const SHEET = [
    '2.成果指標',
    '成果指標名\t図書館の貸出冊数\t令和5年度目標値\t600',
    '年度\t28年度\t29年度\t30年度',
    '目標値\t500\t520\t540',
    '実績値\t480\t530\t500',
    '成果指標名\t講座の参加者数\t令和5年度目標値\t1,200',
    '年度\t28年度\t29年度\t30年度',
    '目標値\t1,000\t1,050\t1,100',
    '実績値\t900\t1,100\t1,210',
  ];
  const read = (lines: readonly string[]) =>
    importReportTable(readTsv('sheet.tsv', lines.join('\n')));
  it('reads each block as a KPI named by the heading, the pair a column kept as printed, the years 平成', () => {
    const report = read(SHEET);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['図書館の貸出冊数', '講座の参加者数']);
    expect(report.fiscalYear).toBe(2018);
    expect(report.kpis.map((k) => k.kpi.actuals.at(-1)?.figure.value)).toEqual(['500', '1210']);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
    const pair = report.reading.columns.find((c) => c.label === '令和5年度目標値');
    expect(pair?.role).toBe('other');
  });
  it('reads no blocks where the headings’ pairs are labelled differently: refused as before', () => {
    const other = SHEET.map((l) => l.replace('令和5年度目標値\t1,200', '最終目標\t1,200'));
    expect(() => read(other)).toThrow(/named by a kind of figure/);
  });
});
