import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { isFiguresRow, lostHeaderIndex } from './lost-header.ts';

const row = (n: number, cells: readonly string[]) => ({ row: n, cells });
const read = (lines: readonly string[]) =>
  importReportTable(readTsv('toshokan-h27.tsv', lines.join('\n')));

describe('a row of a KPI’s figures is no header', () => {
  it('knows a row of three figures or more, with their units, rates or what they are made of', () => {
    expect(isFiguresRow(row(1, ['1-2', '貸出冊数', '850,000冊', '857,604冊', '101%']))).toBe(true);
    expect(isFiguresRow(row(1, ['来館者数', '58万人', '55万人', '95.0%', '評価']))).toBe(true);
    expect(isFiguresRow(row(1, ['割合', '33.0% (234t/710t)', '41.5% (390t/940t)', '164.6%']))).toBe(
      true,
    );
  });

  it('does not take a header’s years, small bare numbers or words for figures', () => {
    expect(isFiguresRow(row(1, ['指標', 'H25', 'H26', 'H27', '目標値']))).toBe(false);
    expect(isFiguresRow(row(1, ['年度', '21', '22', '23', '24目標']))).toBe(false);
    expect(isFiguresRow(row(1, ['区分', '2001', '2002', '2003']))).toBe(false);
    expect(isFiguresRow(row(1, ['指標', '目標値 1,000人', '実績値', '達成率(%)']))).toBe(false);
    expect(isFiguresRow(row(1, ['成果目標', '計画時', '1年後', '2年後', '3年後']))).toBe(false);
    expect(isFiguresRow(row(1, ['判定', '100%以上', '80%以上', '60%以上']))).toBe(false);
  });

  it('keeps a row that holds the words 目標 and 評価 beside figures among the KPIs', () => {
    // The row of 貸出冊数 names two columns by its words (目標 in its aim, 評価 in its last cell).
    const report = read([
      '?\t?\t?\t?\t?\t?\t?',
      '1\t所蔵点数\t350,000点\t313,607点\t90%\t選書を行う。\t評価',
      '2\t貸出冊数\t850,000冊\t857,604冊\t101%\t目標冊数を目指す。\t評価',
      '3\t来館者数\t580,000人\t555,189人\t96%\t来館者増を目指す。\t評価',
    ]);
    expect(report.reading.headerRows).toEqual([1]);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['所蔵点数', '貸出冊数', '来館者数']);
  });
});

describe('a header whose cells were all lost (「?」)', () => {
  it('is the row of 「?」 as wide as the KPI row under it', () => {
    const rows = [
      row(1, ['平成27年度 評価結果']),
      row(2, ['?', '?', '?', '?', '?']),
      row(3, ['1', '貸出冊数', '850,000冊', '857,604冊', '101%']),
    ];
    expect(lostHeaderIndex(rows)).toBe(1);
    // Cells lost in a KPI's row, or a header narrower than the rows under it, are no header.
    expect(lostHeaderIndex([row(1, ['?', '?', '?']), row(2, ['指標', '目標', '実績'])])).toBe(-1);
    expect(
      lostHeaderIndex([row(1, ['?', '?', '?']), row(2, ['1', '件数', '5件', '10件', '50%'])]),
    ).toBe(-1);
    expect(lostHeaderIndex([row(1, ['?', '?']), row(2, ['件数', '5件', '50%'])])).toBe(-1);
  });

  it('reads the table under it by its contents and the printed rates it reproduces', () => {
    const report = read([
      '?\t?\t?\t?\t?\t?',
      '1\t貸出冊数\t850,000冊\t857,604冊\t101%\t目標冊数を目指す。',
      '2\t来館者数\t580,000人\t555,189人\t96%\t来館者増を目指す。',
      '3\t開館日数\t287日\t285日\t99%\t開館日数を増やす。',
    ]);
    expect(report.reading.headerRows).toEqual([1]);
    expect(report.kpis.map((k) => [k.kpi.code, k.kpi.title])).toEqual([
      ['1', '貸出冊数'],
      ['2', '来館者数'],
      ['3', '開館日数'],
    ]);
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'kpi',
      'target',
      'actual',
      'rate',
      'other',
    ]);
    expect(report.kpis.every((k) => k.inference.kind === 'matched')).toBe(true);
    expect(report.kpis.map((k) => k.kpi.direction)).toEqual(['increase', 'increase', 'increase']);
    // With no header word, the target and the actual swapped reproduce as many: a person decides.
    expect(report.problems.map((p) => p.kind)).toEqual(['reading']);
    expect(report.unplaced).toEqual([]);
  });
});
