import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-problem.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const read = (text: string) => () => importReportTable(readTsv('yamanashi-h25.tsv', text));

describe('a summary of KPI counts per grade proved by its total (山梨県 森林・林業再生ビジョン)', () => {
  const rows = [
    'S\t予定を超えた実行値がある(120%以上)\t3\t1',
    'A\t予定どおりの実行値がある(80%以上120%未満)\t6\t6',
    'B\t予定した実行値がない(40%以上80%未満)\t3\t3',
    'C\t予定した実行値に著しく足りない(40%未満)\t0\t2',
  ];
  const header = '事業進捗率の分類\t\t項目数\t(H24 参考)';

  it('is refused saying so, the counts summed to the total row', () => {
    const table = [header, ...rows, '計\t\t12\t12'].join('\n');
    expect(read(table)).toThrow(ImportError);
    expect(read(table)).toThrow(
      'yamanashi-h25.tsv, row 1: not a KPI table: a summary of KPI counts per grade ("項目数": 3 + 6 + 3 + 0 = 12 in row 6), not the figures of each KPI',
    );
  });

  it('is not one when the counts do not add up to the total', () => {
    const table = [header, ...rows, '計\t\t13\t13'].join('\n');
    expect(read(table)).not.toThrow('a summary of KPI counts per grade');
  });

  it('is not one when a row is labelled by something other than a grade', () => {
    const table = [header, ...rows, '森林整備\t\t4\t4', '計\t\t16\t16'].join('\n');
    expect(read(table)).not.toThrow('a summary of KPI counts per grade');
  });
});
