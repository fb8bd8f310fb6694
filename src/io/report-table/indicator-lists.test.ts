import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: string[]) => () => importReportTable(readTsv('chiba.tsv', lines.join('\n')));

describe('a summary of indicators per class, listed by number (千葉県 国土強靱化 進捗状況)', () => {
  it('is refused saying so, with the header row and an example list', () => {
    const table = [
      '指標の分類\t指標数\t指標番号',
      '目標年度までに計画を作成する等\t6\t37、39、40、41、56、57',
      '目標年度までに施設を1箇所整備する等\t4\t24、25、53、58',
      'その他\t5\t23、26、48、49、51',
    ];
    expect(read(table)).toThrow(
      'chiba.tsv, row 1: not a KPI table: a summary of indicators per class ("指標数" counting the indicators "指標番号" lists, such as "37、39、40、41、56、57" in row 2), not the figures of each KPI',
    );
  });

  it('is no summary when a count is not how many its row lists', () => {
    const table = [
      '指標の分類\t指標数\t指標番号',
      '計画を作成する等\t6\t37、39、40',
      'その他\t5\t23、26、48、49、51',
    ];
    expect(read(table)).not.toThrow(/summary of indicators per class/);
  });
});
