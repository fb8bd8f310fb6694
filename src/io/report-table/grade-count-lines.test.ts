import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-problem.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const read = (text: string) => () => importReportTable(readTsv('lines.tsv', text));

describe('a summary of counts per grade, a line each (木津川市 行財政改革 進捗状況)', () => {
  it('is refused saying so, naming the first line of a grade', () => {
    const table = [
      '進捗状況の概要',
      '評価対象項目 … 20項目',
      'A:順調 … 12項目(60.0%)',
      'B:概ね順調 … 6項目(30.0%)',
      'C:遅れ … 2項目(10.0%)',
    ];
    expect(read(table.join('\n'))).toThrow(ImportError);
    expect(read(table.join('\n'))).toThrow(
      'lines.tsv, row 3: not a KPI table: a summary of counts per grade, a line each ("A:順調 … 12項目(60.0%)"), not the figures of each KPI',
    );
  });

  it('one such line is no summary, nor two lines of the same grade', () => {
    const one = ['進捗状況の概要', 'A:順調 … 12項目(60.0%)', 'ほかは未評価'];
    expect(read(one.join('\n'))).toThrow(/no header row found/);
    const twice = ['A:順調 … 12項目(60.0%)', 'A:順調 … 6項目(30.0%)'];
    expect(read(twice.join('\n'))).toThrow(/no header row found/);
  });
});
