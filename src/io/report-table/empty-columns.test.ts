import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[], columnRoles?: { column: number; role: 'actual' }[]) =>
  importReportTable(readTsv('spacer-r5.tsv', lines.join('\n')), columnRoles ? { columnRoles } : {});

// A tree's levels, then its figures, as a spreadsheet lays them out with a spacer column (B).
const table = [
  '章\t\t会計\t計画 (A)\t実績 (B)\t進捗率 (B)/(A)',
  '第1章 安全・安心\t\t一般\t7,937,499\t7,415,050\t93.4%',
  '第2章 健康・福祉\t\t一般\t1,570,693\t3,034,064\t193.2%',
  '第3章 教育\t\t一般\t800\t700\t87.5%\t※',
];
const withoutSpacer = table.map((line) => line.replace('\t\t', '\t'));

describe('a column left empty on every row (a spacer column)', () => {
  it('is read around: the table reads as it does without it', () => {
    const [spaced, plain] = [read(table), read(withoutSpacer)];
    expect(spaced.kpis.map((k) => k.kpi)).toEqual(plain.kpis.map((k) => k.kpi));
    expect(checkReport(spaced).summary).toEqual({ kpis: 3, printed: 3, matched: 3 });
  });

  it('leaves every place at the file’s column: cells, columns read, rows', () => {
    const spaced = read(table);
    // The note 「※」 past the rate is in the file's column G.
    expect(spaced.unplaced.map((u) => [u.row, u.column, u.text])).toEqual([[4, 7, '※']]);
    expect(spaced.reading.columns.map((c) => [c.column, c.role])).toEqual([
      [1, 'policy'],
      [3, 'kpi'],
      [4, 'target'],
      [5, 'actual'],
      [6, 'rate'],
      [7, 'other'],
    ]);
    const row = spaced.reading.rows.find((r) => r.row === 2);
    expect(row?.fields[1]).toBeNull();
    expect(row?.fields[4]).toBe('actual');
  });

  it('takes a role set by hand at the file’s column', () => {
    const lines = ['指標\t\t目標値\t欄', '相談件数\t\t20\t18', '参加者数\t\t200\t120'];
    const report = read(lines, [{ column: 4, role: 'actual' }]);
    expect(report.reading.columns.find((c) => c.column === 4)?.role).toBe('actual');
    expect(report.kpis.map((k) => k.kpi.actuals[0]?.figure.value)).toEqual(['18', '120']);
  });
});
