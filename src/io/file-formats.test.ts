import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { comparableCheck } from './comparable-check.ts';
import { checkReport } from './report-check.ts';
import type { CheckResult } from './report-check.ts';
import { ImportError } from './import-problem.ts';
import { readTsv } from './read-delimited.ts';
import { readReportFile } from './read-report-file.ts';
import { fixtureBytes } from '../../test/support/test-files.ts';

const yuzawaText = new TextDecoder().decode(fixtureBytes('yuzawa'));
const yuzawaRows = readTsv('yuzawa.tsv', yuzawaText).rows.map((r) => [...r.cells]);
let expected: CheckResult;

const comparable = comparableCheck;

async function yuzawaXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('R5');
  yuzawaRows.forEach((cells) => sheet.addRow(cells.map((c) => (c === '' ? null : c))));
  // As in the city's workbook: 実績値 spans its three year columns.
  sheet.mergeCells('H3:J3');
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

beforeAll(async () => {
  expected = checkReport(await readReportFile('yuzawa.tsv', fixtureBytes('yuzawa')));
});

describe('the same table in every format gives the same check', () => {
  it('CSV in UTF-8 with a BOM', async () => {
    const bytes = new TextEncoder().encode(`\ufeff${stringify(yuzawaRows)}`);
    const result = checkReport(await readReportFile('yuzawa.csv', bytes));
    expect(comparable(result)).toEqual(comparable(expected));
    expect(result.summary).toEqual({ kpis: 20, printed: 18, matched: 18 });
  });
  it('CSV in UTF-8 without a BOM, CRLF line ends', async () => {
    const bytes = new TextEncoder().encode(stringify(yuzawaRows, { record_delimiter: 'windows' }));
    expect(comparable(checkReport(await readReportFile('yuzawa.csv', bytes)))).toEqual(
      comparable(expected),
    );
  });
  it('CSV in Shift_JIS, as Excel saves it', async () => {
    const bytes = iconv.encode(stringify(yuzawaRows, { record_delimiter: 'windows' }), 'cp932');
    expect(comparable(checkReport(await readReportFile('yuzawa-sjis.csv', bytes)))).toEqual(
      comparable(expected),
    );
  });
  it('tab-delimited text as Excel saves it: Shift_JIS, header cells broken over lines in quotes', async () => {
    const header = yuzawaRows.findIndex((cells) => cells.some((c) => c.startsWith('基準値')));
    const rows = yuzawaRows.map((cells, index) =>
      index === header ? cells.map((c) => c.replace(/^基準値 /, '基準値\n')) : cells,
    );
    const text = stringify(rows, {
      delimiter: '\t',
      record_delimiter: 'windows',
      quoted_match: /\n/,
    });
    expect(text).toContain('"基準値\n(R1)"');
    const result = checkReport(await readReportFile('yuzawa.txt', iconv.encode(text, 'cp932')));
    expect(comparable(result)).toEqual(comparable(expected));
    // A quoted header cell spans two lines: the rows after it keep their numbers in the file.
    const grid = readTsv('t.tsv', '"指標"\t"目標値\n(R6)"\n① 観光客数\t200\n');
    expect(grid.rows.map((r) => [r.row, r.cells])).toEqual([
      [1, ['指標', '目標値\n(R6)']],
      [3, ['① 観光客数', '200']],
    ]);
  });
  it('tab-delimited text whose quote marks are a narrative’s own is read line by line', () => {
    const grid = readTsv('t.tsv', '指標\t内容\n観光客数\t"おもてなし" 事業を実施\n移住\t"相談\n');
    expect(grid.rows.map((r) => r.cells)).toEqual([
      ['指標', '内容'],
      ['観光客数', '"おもてなし" 事業を実施'],
      ['移住', '"相談'],
      [''],
    ]);
  });
  it('XLSX with a merged header cell', async () => {
    const result = checkReport(await readReportFile('yuzawa.xlsx', await yuzawaXlsx()));
    expect(comparable(result)).toEqual(comparable(expected));
  });
});

describe('bad input: one clear error naming the file, never a stack trace', () => {
  const refuse = async (file: string, bytes: Uint8Array, message: RegExp) => {
    const reading = readReportFile(file, bytes);
    await expect(reading).rejects.toBeInstanceOf(ImportError);
    await expect(reading).rejects.toThrow(message);
  };
  it('refuses a binary file', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
    ]);
    await refuse('chart.png', png, /^chart\.png: this is a binary file/);
  });
  it('refuses a truncated workbook', async () => {
    const bytes = await yuzawaXlsx();
    await refuse(
      'broken.xlsx',
      bytes.subarray(0, Math.floor(bytes.length / 2)),
      /^broken\.xlsx: not a readable XLSX workbook/,
    );
  });
  it('refuses a file called .xlsx that is not one', async () => {
    await refuse(
      'report.xlsx',
      new TextEncoder().encode('a,b\n1,2\n'),
      /^report\.xlsx: not an XLSX workbook/,
    );
  });
  it('refuses text in neither UTF-8 nor Shift_JIS, naming the row', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('指標,実績値\n'),
      0x82,
      0xa0,
      0x0a,
      0xff,
      0xfe,
      0xfd,
      0x0a,
    ]);
    await refuse('odd.csv', bytes, /^odd\.csv, row \d+: the text is neither UTF-8 nor Shift_JIS/);
  });
  it('refuses prose that is not a table', async () => {
    const bytes = new TextEncoder().encode(
      '令和5年度の取組について\nこの文書は表ではありません。\n',
    );
    await refuse('memo.txt', bytes, /^memo\.txt, row 1: no header row found/);
  });
  it('refuses an empty file', async () => {
    await refuse('empty.csv', new Uint8Array(), /^empty\.csv: the file is empty/);
  });
});

describe('XLSX cells as Excel shows them', () => {
  it('reads rates stored as fractions under a % format, formula results, and 15-digit numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('R5');
    sheet.addRow(['指標', '基準値', 'R5実績', '目標値', '達成率']);
    sheet.addRow(['① 延べ床面積', 299963, 283179, 264000, 0.932297]);
    sheet.addRow(['② 繰出金', 8.67, 8.39, 8.41, { formula: 'D3/C3', result: 8.41 / 8.39 }]);
    sheet.addRow(['③ 満足度', 34, 0.1 + 0.2, 40, 0.0075]);
    sheet.getColumn(5).numFmt = '0%';
    sheet.getCell('E3').numFmt = '0.0%';
    sheet.getCell('E4').numFmt = '0.00%';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const report = await readReportFile('rates.xlsx', bytes);
    expect(report.kpis.map((k) => k.printedRateText)).toEqual(['93%', '100.2%', '0.75%']);
    expect(report.kpis[2]?.kpi.actuals[0]?.figure.value).toBe('0.3');
    expect(checkReport(report).kpis.map((k) => k.match)).toEqual([true, true, true]);
  });
});
