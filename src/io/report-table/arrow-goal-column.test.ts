import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { splitArrowGoalColumn } from './arrow-goal-column.ts';

const read = (lines: readonly string[]) =>
  importReportTable(readTsv('juseikatsu.tsv', lines.join('\n')));

describe('a column of 「基準(年) → 目標(年)」 cells under no header word (住生活基本計画 成果指標)', () => {
  const table = [
    '\t成果指標\t\t現状値',
    '1\t耐震性を有する住宅の比率\t79%(平成20)→95%(平成32)\t82%(平成25)',
    '2\t高齢者向け住宅の割合\t0.9%(平成17)→4%(平成32)\t2.1%(平成26)',
    '3\t長期修繕計画のある管理組合の割合\t37%(平成20)→70%(平成32)\t46%(平成25)',
  ];

  it('reads each cell as the baseline and the target of their years, 現状値 beside them the result', () => {
    const report = read(table);
    expect(
      report.kpis.map((k) => [
        k.kpi.baseline?.value,
        k.kpi.baseline?.fiscalYear,
        k.kpi.target?.value,
        k.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value]),
      ]),
    ).toEqual([
      ['79', 2008, '95', [[2013, '82']]],
      ['0.9', 2005, '4', [[2014, '2.1']]],
      ['37', 2008, '70', [[2013, '46']]],
    ]);
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'kpi',
      'baseline',
      'target',
      'actual',
    ]);
    expect(report.unplaced).toEqual([]);
  });

  it('keeps a cell of that column that is no such pair, listed with the text printed', () => {
    const withNote = [...table, '4\t景観の形成に関する指標\t(別の計画の指標に同じ)\t'];
    const report = read(withNote);
    expect(report.unplaced.map((u) => u.text)).toEqual(['(別の計画の指標に同じ)']);
  });

  it('is no such column with fewer than three pairs, or under a header word', () => {
    expect(splitArrowGoalColumn(readTsv('a.tsv', table.slice(0, 3).join('\n')).rows)).toBeNull();
    const headed = [`\t成果指標\t推移\t現状値`, ...table.slice(1)];
    expect(splitArrowGoalColumn(readTsv('a.tsv', headed.join('\n')).rows)).toBeNull();
  });
});
