import { describe, expect, it } from 'vitest';
import { classifyHeader } from './column-role.ts';
import type { Column } from './header-map.ts';
import { importReportTable } from './import-report-table.ts';
import { lineLetters, withLineLetterColumn } from './line-letters.ts';
import { withUnitColumns } from './unit-column.ts';

const columns = (...labels: string[]): Column[] =>
  labels.map((label, index) => ({ index, label, block: '', unit: null, ...classifyHeader(label) }));
const sample = (...rows: string[][]) => rows.map((cells, i) => ({ row: i + 2, cells }));

describe('a column of letters naming the lines beside their names (A, B, B/A)', () => {
  const lettered = sample(
    ['世帯数', 'A', '1,200', '1,180'],
    ['単身世帯数', 'B', '300', '320'],
    ['うち75歳以上', '', '90', '99'],
    ['単身世帯の割合', 'B/A', '25.0%', '27.1%'],
  );

  it('reads a letter or a formula of letters, nothing else', () => {
    expect(lineLetters('A')).toBe('A');
    expect(lineLetters('Ｂ / Ａ')).toBe('B/A');
    expect(lineLetters('(C)-(A)')).toBe('(C)-(A)');
    for (const cell of ['', '%', 'kg', 'AB', 'B/A×100', '人/月', '1'])
      expect(lineLetters(cell)).toBeNull();
  });

  it('is the lines’ codes, not their units (a bare 「B/A」 would read as a unit)', () => {
    const read = withLineLetterColumn(
      withUnitColumns(columns('', '', 'R4', 'R5'), lettered),
      lettered,
    );
    expect(read[1]).toMatchObject({ role: { kind: 'other' }, lettersRows: true });
  });

  it('is no such column with a letter twice, a formula of a letter no line has, or one letter', () => {
    const kinds = (...rows: string[][]) =>
      withLineLetterColumn(columns('', '', 'R4'), sample(...rows))[1]?.lettersRows;
    expect(kinds(['a', 'A', '1'], ['b', 'A', '2'])).toBeUndefined();
    expect(kinds(['a', 'A', '1'], ['b', 'B', '2'], ['c', 'C/A', '3'])).toBeUndefined();
    expect(kinds(['a', 'A', '1'], ['c', 'A/A', '3'])).toBeUndefined();
    expect(kinds(['a', 'A', '1'], ['b', '%', '2'])).toBeUndefined();
  });

  it('gives each lettered line its letter as its code and leaves nothing unplaced', () => {
    const report = importReportTable({
      file: 'made-up.tsv',
      rows: sample(['', '', '令和4年度', '令和5年度'], ...lettered.map((r) => r.cells)),
    });
    expect(report.kpis.map((k) => [k.kpi.code, k.kpi.title])).toEqual([
      ['A', '世帯数'],
      ['B', '単身世帯数'],
      ['1', 'うち75歳以上'],
      ['B/A', '単身世帯の割合'],
    ]);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});
