import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) =>
  importReportTable(readTsv('t.tsv', lines.join('\n')), { fiscalYear: fiscalYear(2004) });

const table = (total: string) => [
  '区 分\t計画の推計\t実 績\t(対計画比)',
  '要支援\t678人\t861人\t(127.0%)',
  '要介護1\t1,684人\t2,313人\t(137.4%)',
  '要介護2\t1,106人\t1,019人\t(92.1%)',
  `\t${total}\t4,193人\t`,
];

describe('a row totalling the KPI rows above it with no label (介護保険事業計画 表2)', () => {
  it('is read as their total where every sum agrees: no KPI, its cells placed', () => {
    const report = read(table('3,468人'));
    expect(report.kpis).toHaveLength(3);
    expect(report.unplaced).toEqual([]);
    expect(report.reading.rows.find((r) => r.row === 5)).toMatchObject({
      kind: 'grand-total',
      kpi: null,
      fields: [null, 'total', 'total', null],
    });
  });

  it('is no total where a sum disagrees: its cells are listed unplaced', () => {
    const report = read(table('3,469人'));
    expect(report.kpis).toHaveLength(3);
    expect(report.unplaced.map((u) => [u.row, u.column])).toEqual([
      [5, 2],
      [5, 3],
    ]);
  });
});
