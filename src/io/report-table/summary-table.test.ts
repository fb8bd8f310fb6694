import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-problem.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const read = (text: string) => () => importReportTable(readTsv('abira-h30.tsv', text));

describe('a summary of a plan’s indicators, not a KPI table (安平町)', () => {
  it('is refused saying so, with the header row and an example cell', () => {
    const table = ['政策分野\t指標本数\t?\t?', 'Ⅰ 子育て・教育\t22\t7 (31.8%)\t4 (18.2%)'].join(
      '\n',
    );
    expect(read(table)).toThrow(ImportError);
    expect(read(table)).toThrow(
      'abira-h30.tsv, row 1: not a KPI table: a summary of indicator counts per class ("指標本数", counts with their shares such as "7 (31.8%)" in row 2), not the figures of each KPI',
    );
  });

  it('a table with no actuals that counts nothing is not one: it is a plan’s own indicators', () => {
    const report = read('指標\t目標値\n① 件数\t10')();
    expect(report.problems).toEqual([]);
    expect(report.reading.planTable).toContain('no year measured yet');
  });

  it('a summary of KPI counts per grade (雫石町 行政改革: 判定 / 判定数 / 割合) is refused too', () => {
    const table = [
      '判定\t判定数\t割合',
      'A\t20\t74.1%',
      'B\t4\t14.8%',
      'E\t2\t7.4%',
      '計\t27\t100.0%',
    ];
    expect(read(table.join('\n'))).toThrow(
      'abira-h30.tsv, row 1: not a KPI table: a summary of KPI counts per grade ("判定数" and "割合", such as "74.1%" in row 2), not the figures of each KPI',
    );
  });

  it('a grade column beside counts is no summary when a row is a KPI, not a grade', () => {
    const table = ['指標\t判定数\t割合', '図書館利用者数\t20\t74.1%', 'B\t4\t14.8%'].join('\n');
    expect(() => read(table)()).not.toThrow(/summary of KPI counts/);
  });
});
