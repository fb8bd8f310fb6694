import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { contentRows } from '../grid.ts';
import { importReportTable } from './import-report-table.ts';
import { readLoneFigureRow } from './lone-figure-row.ts';

const grid = (lines: readonly string[]) => readTsv('t.tsv', lines.join('\n'));

// One row of counts and a share, no column naming it, a line dating it above.
const LONE = [
  '令和4年4月1日現在',
  '協議会数\t構成員総数(人)\tうち若年構成員数(人)\t若年比率(%)',
  '12\t250人\t40人\t16.0%',
];

describe('a table of one row of figures and no column naming it', () => {
  it('puts a name before the row: the title line, else its share’s header without its unit', () => {
    const turned = readLoneFigureRow(contentRows(grid(LONE).rows));
    expect(turned?.rows.map((r) => r.cells)).toEqual([
      ['令和4年4月1日現在'],
      ['', '協議会数', '構成員総数(人)', 'うち若年構成員数(人)', '若年比率(%)'],
      ['若年比率', '12', '250人', '40人', '16.0%'],
    ]);
    expect(turned?.origin(3, 3)).toEqual({ row: 3, column: 2 });
    expect(turned?.made?.(3, 1)).toBe(true);
    const titled = readLoneFigureRow(contentRows(grid(['若者の参画状況', ...LONE.slice(1)]).rows));
    expect(titled?.rows[2]?.cells[0]).toBe('若者の参画状況');
    expect(titled?.origin(3, 1)).toEqual({ row: 1, column: 1 });
  });

  it('reads one KPI, its share checked as the part over the whole, every cell placed', () => {
    const report = importReportTable(grid(LONE));
    expect(report.fiscalYear).toBe(2022);
    expect(report.kpis.map((k) => [k.kpi.title, k.printedRateText])).toEqual([
      ['若年比率', '16.0%'],
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 1, printed: 1, matched: 1 });
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'other',
      'target',
      'actual',
      'rate',
    ]);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('is not this table with two rows, a cell of words, or no share', () => {
    const turn = (lines: readonly string[]) => readLoneFigureRow(contentRows(grid(lines).rows));
    expect(turn([...LONE, '10\t200人\t30人\t15.0%'])).toBeNull();
    expect(turn([...LONE.slice(0, 2), '12\t250人\t40人\t未集計'])).toBeNull();
    expect(turn([LONE[0] ?? '', '協議会数\t構成員総数\t若年構成員数', '12\t250\t40'])).toBeNull();
  });
});
