import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { printedNumber } from './number-column.ts';

const read = (lines: readonly string[]) =>
  importReportTable(readTsv('numbers-r4.tsv', lines.join('\n')));

describe('a column printing each KPI’s number beside its name (No., 番号)', () => {
  const table = [
    'No.\t指標名\t基準値\t目標値\tR4実績\t達成率',
    '1-1\t移住相談件数\t50件\t100件\t80件\t60.0%',
    '1-2\t空き家活用件数\t2件\t10件\t6件\t50.0%',
    'ア\t観光客数\t100万人\t120万人\t118万人\t90.0%',
    '\t宿泊者数\t20万人\t25万人\t24万人\t80.0%',
  ];

  it('gives the KPIs their printed numbers as codes, a row with none numbered as before', () => {
    const report = read(table);
    expect(report.kpis.map((k) => k.kpi.code)).toEqual(['1-1', '1-2', 'ア', '1']);
    expect(report.reading.columns[0]).toMatchObject({ role: 'kpi' });
    expect(report.reading.columns[0]?.because).toContain("the KPIs' numbers beside their names");
    // The number cells are the KPIs' own, not kept as extras.
    expect(report.kpis.flatMap((k) => k.kpi.extras)).toEqual([]);
    expect(report.reading.rows[1]?.fields[0]).toBe('kpi');
    expect(checkReport(report).summary).toEqual({ kpis: 4, printed: 4, matched: 4 });
    expect(report.unplaced).toEqual([]);
  });

  it('keeps a code printed in the name cell (①) over the column’s, and a header it does not know as other', () => {
    const withMark = read(['番号\t指標名\t目標値\tR4実績', '3\t① 相談件数\t10件\t8件']);
    expect(withMark.kpis.map((k) => k.kpi.code)).toEqual(['①']);
    const other = read(['区分\t指標名\t目標値\tR4実績', '7\t相談件数\t10件\t8件']);
    expect(other.kpis.map((k) => k.kpi.code)).toEqual(['1']);
    expect(other.reading.columns[0]?.role).toBe('other');
  });

  it('reads the numbers tables print, and no word or sentence as one', () => {
    for (const cell of ['1', '12', '1-2', '2-1-3', '(4)', '（4）', 'ア', '①-1', '1.2'])
      expect([cell, printedNumber(cell)]).toEqual([cell, cell]);
    for (const cell of ['', '計', '※', '1,234', '12345', '相談件数'])
      expect([cell, printedNumber(cell)]).toEqual([cell, null]);
  });
});
