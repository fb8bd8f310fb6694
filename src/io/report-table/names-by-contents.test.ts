import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) =>
  importReportTable(readTsv('sanchi-h28.tsv', lines.join('\n')));

describe('with no header word, the KPIs named by the first column naming every row', () => {
  it('passes over columns printed once for a group or the same on every row', () => {
    const report = read([
      '?\t?\t?\t?\t?\t?\t?',
      'A市\t農業法人B\t野菜\t出荷量を増やす\t100t\t150t\t50.0%',
      '\t\t野菜\t契約取引を増やす\t200t\t260t\t76.9%',
      '\t\t野菜\t直売所の売上を増やす\t300t\t330t\t90.9%',
    ]);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '出荷量を増やす',
      '契約取引を増やす',
      '直売所の売上を増やす',
    ]);
    expect(report.reading.columns[3]?.role).toBe('kpi');
    expect(report.unplaced).toEqual([]);
  });

  it('keeps the first column where it names every row', () => {
    const report = read([
      '?\t?\t?\t?\t?',
      '出荷量\t野菜\t100t\t150t\t66.7%',
      '契約取引量\t野菜\t200t\t260t\t76.9%',
    ]);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['出荷量', '契約取引量']);
  });

  it('leaves a header of words to its words, though none names the KPIs', () => {
    const report = read([
      '市町村\t事業主体\t内容\t目標値\t実績値\t達成率',
      'A市\t農業法人B\t出荷量を増やす\t150t\t100t\t66.7%',
      '\t\t契約取引を増やす\t260t\t200t\t76.9%',
    ]);
    expect(report.reading.columns.map((c) => c.because).join('\n')).not.toMatch(/no header word/);
  });
});
