import { describe, expect, it } from 'vitest';
import { isUnreadable } from './table-reader.ts';
import { spreadsheetError } from './spreadsheet-error.ts';
import { importReportTable } from './import-report-table.ts';
import { readTsv } from '../read-delimited.ts';

describe('a cell the source could not read', () => {
  it('is 「?」, a spreadsheet’s error, or a figure whose rest is lost (「38 ?」: the copy cut off)', () => {
    for (const text of ['?', '？', '#REF!', '38 ?', '1,200 ？'])
      expect(isUnreadable(text)).toBe(true);
    // A figure with a question after no space, a word, or a figure alone is read as it is.
    for (const text of ['38', '38戸', '増加?', '38?', 'どうか ?'])
      expect(isUnreadable(text)).toBe(false);
  });

  it('is a problem and listed unplaced, not a figure of the unit 「?」', () => {
    const report = importReportTable(
      readTsv('cut.tsv', ['指標\t目標値(R5)\t実績値(R5)', '改修戸数\t38戸\t36 ?'].join('\n')),
    );
    expect(report.problems.map((p) => [p.kind, p.row, p.column])).toEqual([['unreadable', 2, 3]]);
    expect(report.unplaced.map((u) => u.text)).toEqual(['36 ?']);
    expect(report.kpis[0]?.kpi.actuals).toEqual([]);
  });
});

describe('a cell the source could not read, told by its first and last characters', () => {
  // The comparisons the character test stands for.
  const byComparisons = (text: string) =>
    text === '?' ||
    text === '？' ||
    (text.startsWith('#') && spreadsheetError(text)) ||
    ((text.endsWith('?') || text.endsWith('？')) && /\d\s+[?？]$/.test(text));
  it('says what the comparisons say', () => {
    const texts = ['', '?', '？', '??', '#', '#REF!', '#N/A', '#DIV/0!', '#1', '38 ?', '38 ？'];
    texts.push('1,200 ？', '38?', '増加?', 'どうか ?', '38', '#REF! ?', '?38', '＃REF!', 'A #REF!');
    for (const text of texts) expect(isUnreadable(text)).toBe(byComparisons(text));
  });
});
