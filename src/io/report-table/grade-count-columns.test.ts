import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-problem.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const read = (text: string) => () => importReportTable(readTsv('counts.tsv', text));

describe('a summary of counts per grade, each grade a column (大多喜町 行政改革 取組結果)', () => {
  const header = ['項目\t計画数\t実施状況\t\t', '\t\tA 計画どおり\tB 遅れ\tC 未着手'];

  it('is refused saying so, with a row whose grades add up to its count', () => {
    const table = [...header, '1:事務事業\t5\t3\t\t2', '2:財政\t4\t1\t3\t', '合計\t9\t4\t3\t2'];
    expect(read(table.join('\n'))).toThrow(ImportError);
    expect(read(table.join('\n'))).toThrow(
      'counts.tsv, row 1: not a KPI table: a summary of counts per grade, a column each ("計画数" 5 = 3 + 2 in row 3), not the figures of each KPI',
    );
  });

  it('is no summary when a row’s grades do not add up to its count', () => {
    const table = [...header, '1:事務事業\t5\t3\t\t1', '2:財政\t4\t1\t3\t'];
    expect(read(table.join('\n'))).not.toThrow(/summary of counts per grade/);
  });

  it('is no summary when one grade names two columns', () => {
    const table = ['項目\t計画数\tA 計画\tA 実績', '1:事務事業\t5\t3\t2', '2:財政\t4\t1\t3'];
    expect(read(table.join('\n'))).not.toThrow(/summary of counts per grade/);
  });
});
