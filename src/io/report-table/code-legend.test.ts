import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { readCodeLegend } from './code-legend.ts';

const tsv = (lines: string[]) => readTsv('legend-h22.tsv', lines.join('\n'));

/** 施策評価シート 2.<指標の設定>: the indicators listed by code, then their lines by the same codes. */
const sheet = [
  '基本方針\t消防・防災\t施策名\t消防力の充実',
  '重点\t指標名\t単位\t算式・引用等',
  '①\t消防団定員数比率\t%\t消防団員数/定員数(281)',
  '②\t消防水利充足率\t%\t基準水利/必要数',
  '\t\tH21(実績)\tH22(実績)\tH23(試算)',
  '①\t目標\t100\t100\t100',
  '\t実績\t99.6\t99.3\t',
  '②\t目標\t96.50\t95.80\t96.00',
  '\t実績\t95.65\t95.65\t',
];

describe('a list of indicators by code above a grid of their lines under the same codes', () => {
  it('names each code of the grid from the list, the list and the lines above it title lines', () => {
    const report = importReportTable(tsv(sheet));
    expect(report.kpis.map((k) => [k.kpi.code, k.kpi.title])).toEqual([
      ['①', '消防団定員数比率'],
      ['②', '消防水利充足率'],
    ]);
    expect(report.kpis[0]?.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2009, '99.6'],
      [2010, '99.3'],
    ]);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('keeps each name cell’s place: the grid’s code cell, the list’s name its copy', () => {
    const turned = readCodeLegend(tsv(sheet).rows);
    expect(turned?.rows[5]?.cells[0]).toBe('① 消防団定員数比率');
    expect(turned?.copies?.(6, 1)).toEqual([{ row: 3, column: 2 }]);
    expect(turned?.rows[1]?.cells).toEqual(['重点 指標名 単位 算式・引用等']);
  });

  it('is no list when the grid’s codes are not the list’s, or the grid names its KPIs itself', () => {
    const other = sheet.map((l) => l.replace(/^②\t目標/, '③\t目標'));
    expect(readCodeLegend(tsv(other).rows)).toBeNull();
    const named = sheet.map((l) => l.replace(/^\t\tH21/, '指標名\t\tH21'));
    expect(readCodeLegend(tsv(named).rows)).toBeNull();
  });
});
