import { describe, expect, it } from 'vitest';
import { decimal } from '../../domain/decimal.ts';
import { contentRows } from '../grid.ts';
import { readTsv } from '../read-delimited.ts';
import { fusedLineName, fusedLineWord, splitFusedLineWords } from './fused-line-words.ts';
import { importReportTable } from './import-report-table.ts';
import { placedCells } from './table-reading.ts';

// A 定員適正化計画's progress: the plan and the staff counted each year, and their gap.
const STAFF = [
  '区分\t平成27年4月1日\t平成28年4月1日\t平成29年4月1日\t平成30年4月1日\t平成31年4月1日',
  '計画職員数\t520\t512\t505\t498\t490',
  '実職員数\t521\t510\t503\t499\t488',
  '差引\t1\t△2\t△2\t1\t△2',
];
const rows = (lines: readonly string[]) => contentRows(readTsv('t.tsv', lines.join('\n')).rows);
const read = (lines: readonly string[]) => importReportTable(readTsv('t.tsv', lines.join('\n')));

describe('fusedLineWord', () => {
  it('splits a plan or result word off the name it is written into', () => {
    expect(fusedLineWord('計画職員数')).toEqual({ word: 'plan', name: '職員数' });
    expect(fusedLineWord('実 職員数')).toEqual({ word: 'actual', name: '職員数' });
    expect(fusedLineWord('目標件数')).toEqual({ word: 'plan', name: '件数' });
    expect(fusedLineWord('職員数（実績）')).toEqual({ word: 'actual', name: '職員数' });
    expect(fusedLineWord('人件費(計画値)')).toEqual({ word: 'plan', name: '人件費' });
  });
  it('reads nothing in a label with no such word, or nothing left of a name', () => {
    expect(fusedLineWord('差引')).toBeNull();
    expect(fusedLineWord('職員数')).toBeNull();
    expect(fusedLineWord('実績')).toBeNull();
    expect(fusedLineWord('計画値')).toBeNull();
  });
  it('reads no line of either in the two set against each other (計画との差, 実績に対する割合)', () => {
    expect(fusedLineWord('計画との差')).toBeNull();
    expect(fusedLineWord('実績に対する割合')).toBeNull();
  });
});

describe('a staff plan whose gap line names the plan it is set against (「計画との差」)', () => {
  it('reads one KPI 職員数 by its plan and staff lines, the gap line kept with them', () => {
    const report = read([
      '定員適正化計画の進捗状況（普通会計）',
      '区分\tH31.4.1\tR2.4.1\tR3.4.1\tR4.4.1\tR5.4.1',
      '計画職員数\t520人\t514人\t508人\t502人\t496人',
      '実職員数\t520人\t517人\t509人\t505人\t498人',
      '計画との差\t0\t+3\t+1\t+3\t+2',
    ]);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['職員数']);
    expect(report.kpis[0]?.kpi.actuals.at(-1)).toMatchObject({
      fiscalYear: 2023,
      figure: { value: '498' },
    });
    expect(report.kpis[0]?.kpi.target?.value).toBe('496');
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});

describe('splitFusedLineWords', () => {
  it('splits the first column into each KPI’s name and its lines’ labels, read by their words', () => {
    const turned = splitFusedLineWords(rows(STAFF));
    expect(turned?.rows.map((r) => r.cells.slice(0, 3))).toEqual([
      ['区分', '', '平成27年4月1日'],
      ['職員数', '計画職員数', '520'],
      ['', '実職員数', '521'],
      ['', '差引', '1'],
    ]);
    expect(['計画職員数', '実職員数', '差引'].map(fusedLineName)).toEqual(['計画', '実績', null]);
    // The label cell 「実職員数」 of row 3 keeps its place; so do the figures.
    expect(turned?.origin(3, 2)).toEqual({ row: 3, column: 1 });
    expect(turned?.origin(3, 7)).toEqual({ row: 3, column: 6 });
  });
  it('leaves alone a table whose KPIs only start with such a word (目標達成事業数, 実施件数)', () => {
    const kpis = ['指標名\t目標値\t実績値', '目標達成事業数\t20\t15', '実施件数\t150\t120'];
    expect(splitFusedLineWords(rows(kpis))).toBeNull();
    // A plan with no result line beside it is no pair of lines either.
    const plans = ['区分\tH30\tR1', '計画職員数\t498\t490', '計画人件費\t40\t39'];
    expect(splitFusedLineWords(rows(plans))).toBeNull();
  });
});

describe('a table of plan and result lines, each word written into its name', () => {
  it('reads one KPI 職員数, its plan each year’s milestone and its count each year’s actual', () => {
    const report = read(STAFF);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['職員数']);
    const kpi = report.kpis[0]?.kpi;
    expect(kpi?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2015, decimal('521')],
      [2016, decimal('510')],
      [2017, decimal('503')],
      [2018, decimal('499')],
      [2019, decimal('488')],
    ]);
    expect(kpi?.target?.value).toEqual(decimal('490'));
    expect(kpi?.direction).toBe('decrease');
    expect(report.unplaced).toEqual([]);
    // Every printed cell is placed (the label cells twice: as the name, and kept as printed).
    const placed = new Set(placedCells(report.reading).map((p) => `${p.row}:${p.column}`));
    const cells = STAFF.flatMap((line, r) =>
      line.split('\t').flatMap((cell, c) => (cell === '' ? [] : [`${r + 1}:${c + 1}`])),
    );
    expect(cells.filter((c) => !placed.has(c))).toEqual([]);
  });
  it('reads two KPIs of a table that brackets the words (職員数（計画）, 人件費（実績）)', () => {
    const report = read([
      '定員管理の状況（各年4月1日現在）',
      '区分\t平成30年\t平成31年\t令和2年',
      '職員数（計画）\t598人\t590人\t583人',
      '職員数（実績）\t596人\t588人\t584人',
      '人件費（計画）\t4,050\t4,010\t3,980',
      '人件費（実績）\t4,030\t3,990\t3,985',
    ]);
    expect(report.kpis.map((k) => [k.kpi.title, k.kpi.actuals.length])).toEqual([
      ['職員数', 3],
      ['人件費', 3],
    ]);
    expect(report.unplaced).toEqual([]);
  });
});
