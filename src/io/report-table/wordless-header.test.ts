import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { wordlessHeaderIndex } from './wordless-header.ts';
import { ImportError } from '../import-problem.ts';

const row = (n: number, cells: readonly string[]) => ({ row: n, cells });
const read = (lines: readonly string[]) =>
  importReportTable(readTsv('torikumi-r5.tsv', lines.join('\n')));

describe('a header whose words name no column Mieruka knows', () => {
  const table = [
    '令和5年度 取組の状況',
    '項目\t見積り\t到達\t比べて',
    '市民講座の参加者数\t1,200人\t1,380人\t115.0%',
    '図書の貸出冊数\t85,000冊\t79,600冊\t93.6%',
    '相談の件数\t300件\t312件\t104.0%',
  ];

  it('is the row of labels over figures and a column of percentages', () => {
    const rows = table.map((line, i) => row(i + 1, line.split('\t')));
    expect(wordlessHeaderIndex(rows)).toBe(1);
  });

  it('is read by what reproduces the printed rates, the tie the words cannot break said', () => {
    const report = read(table);
    expect(report.reading.headerRows).toEqual([2]);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '市民講座の参加者数',
      '図書の貸出冊数',
      '相談の件数',
    ]);
    expect(report.kpis.map((k) => k.inference.kind)).toEqual(['matched', 'matched', 'matched']);
    expect(report.kpis[0]?.kpi.target?.value).toBe('1200');
    expect(report.reading.roles?.source).toBe('printed rates');
    expect(report.reading.roles?.tie).toMatch(/見積り/);
    expect(report.unplaced).toEqual([]);
  });

  it('is no header over figures with no column of percentages, nor a line of figures', () => {
    const counts = [
      '項目\t見積り\t到達',
      '市民講座の参加者数\t1,200人\t1,380人',
      '図書の貸出冊数\t85,000冊\t79,600冊',
    ];
    expect(wordlessHeaderIndex(counts.map((line, i) => row(i + 1, line.split('\t'))))).toBe(-1);
    expect(() => read(counts)).toThrow(ImportError);
    expect(() => read(counts)).toThrow(/no header row found/);
    // A sentence over the figures is no header either.
    const lead = [
      'この表は、各事業について当初の見積りと到達した値と、その比べた割合を示したものです。\t\t\t',
      ...table.slice(2),
    ];
    expect(wordlessHeaderIndex(lead.map((line, i) => row(i + 1, line.split('\t'))))).toBe(-1);
  });
});
