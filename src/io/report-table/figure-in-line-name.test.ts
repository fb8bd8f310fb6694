import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { figureInLineName } from './figure-in-line-name.ts';

describe('a label that reads as a figure yet names its line', () => {
  it('is a class bounded by a figure, or a name of two words with a number before it', () => {
    expect(figureInLineName('車道5.5m未満')).toBe(true);
    expect(figureInLineName('幅員 3.5m以上')).toBe(true);
    expect(figureInLineName('3未整備 総延長')).toBe(true);
    expect(figureInLineName('5.5m')).toBe(false);
    expect(figureInLineName('25,586.15')).toBe(false);
    expect(figureInLineName('12 件')).toBe(false);
  });

  it('lets a tree of row labels hold such classes: each a line of its own', () => {
    const lines = [
      '区分/年度\t\t\t令和3年度\t令和4年度',
      '実延長\t\t\t120.5\t121.0',
      '実延長の内訳\t幅員別\t車道5.5m以上\t80.1\t80.6',
      '\t\t車道5.5m未満\t40.4\t40.4',
      '\t路面\t舗装道\t110.2\t110.9',
    ];
    const report = importReportTable(readTsv('t.tsv', lines.join('\n')));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '実延長',
      '実延長の内訳 幅員別 車道5.5m以上',
      '実延長の内訳 幅員別 車道5.5m未満',
      '実延長の内訳 路面 舗装道',
    ]);
    expect(report.unplaced).toEqual([]);
  });
});
