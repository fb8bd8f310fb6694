import { beforeAll, describe, expect, it } from 'vitest';
import { yuzawaWorkbook } from '../../test/fixtures/make/yuzawa-workbook.ts';
import type { CheckResult } from './report-check.ts';
import { checkReport } from './report-check.ts';
import { readReportFile } from './read-report-file.ts';
import { readTableFile } from './read-table-file.ts';
import { savedFixtureBytes } from './test-files.ts';

/*
 * The Yuzawa R5 table in the forms a planning division keeps it in before it becomes a PDF:
 * the workbook (title row, two merged header rows, merged plan-tree cells, one line per
 * department with its own narrative, 累計 and 合計 lines, numbers under #,##0 and 0.0, rates
 * as formulas under percent formats) as LibreOffice Calc saved it, and the CSVs and the PDF
 * Calc makes from it. What the reading side gives is asserted as it is today; where the importer core
 * still falls short (the department lines), the test says so.
 */

const check = async (name: string) =>
  checkReport(await readReportFile(name, savedFixtureBytes(name)));

const printed = (result: CheckResult) =>
  Object.fromEntries(result.kpis.map((k) => [k.code, [k.printed, k.computed, k.match]]));

/** ② 439/200 (220% in Excel), ⑯ 8.41/8.39 (100.2%) and ⑲ 0 of 2 (a saved 0): printed, computed, match. */
const telling = (result: CheckResult) => {
  const all = printed(result);
  return { '②': all['②'], '⑯': all['⑯'], '⑲': all['⑲'] };
};

/** Cells of ⑰'s and ⑱'s 情報政策課 and 上下水道課 lines: 担当課, R3, R4, R5 and 取組内容. */
const departmentCells = (rows: readonly number[]) =>
  rows.flatMap((row) => [4, 8, 9, 10, 13].map((column) => ({ row, column })));

const unplacedCells = (result: CheckResult) =>
  result.unplaced.map(({ row, column }) => ({ row, column }));

describe('the workbook as LibreOffice Calc saved it', () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await check('yuzawa-r5-workbook.xlsx');
  });
  it('gives 20 KPIs and reproduces all 18 printed rates', () => {
    expect(result.summary).toEqual({ kpis: 20, printed: 18, matched: 18 });
    expect(telling(result)).toEqual({
      '②': ['220%', '220%', true],
      '⑯': ['100.2%', '100.2%', true],
      '⑲': ['0%', '0%', true],
    });
  });
  it('reads numbers as their formats show them and rate formulas as their saved results', async () => {
    const name = 'yuzawa-r5-workbook.xlsx';
    const grid = await readTableFile(name, savedFixtureBytes(name));
    const row = (code: string) => grid.rows.find((r) => r.cells[2]?.startsWith(code))?.cells;
    expect(row('⑦')?.slice(4, 12)).toEqual([
      '299,963',
      'm ²',
      '単年度',
      '296,121',
      '285,615',
      '283,179',
      '264,000',
      '93%',
    ]);
    expect(row('④')?.slice(4, 12)).toEqual([
      '34.0',
      '%',
      '単年度',
      '33.2',
      '42.4',
      '39.5',
      '40',
      '99%',
    ]);
    // ⑲ 0 of 2: a formula whose saved result is 0, which ExcelJS alone reads as no result.
    expect(row('⑲')?.[11]).toBe('0%');
  });
  it('still leaves the department lines of ⑰ and ⑱ unplaced (the importer core must place them)', () => {
    expect(unplacedCells(result)).toEqual(departmentCells([22, 23, 26, 27]));
    expect(result.unplaced.map((u) => u.reason)).toContain(
      'a 情報政策課 row whose figures do not fit the 3 year columns',
    );
  });
  it('checks the same as the workbook the script wrote before LibreOffice saved it', async () => {
    const bytes = new Uint8Array(await (await yuzawaWorkbook()).xlsx.writeBuffer());
    const written = checkReport(await readReportFile('yuzawa-r5-workbook.xlsx', bytes));
    expect(printed(written)).toEqual(printed(result));
    expect(unplacedCells(written)).toEqual(unplacedCells(result));
  });
});

describe.each([
  ['yuzawa-r5-workbook-cp932.csv', 'CP932'],
  ['yuzawa-r5-workbook-utf8-bom.csv', 'UTF-8 with a BOM'],
])('the CSV Calc saves from it: %s (%s, CRLF)', (name) => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await check(name);
  });
  it('is real CSV bytes: CRLF between records, a bare LF inside a quoted narrative', () => {
    const text = new TextDecoder('latin1').decode(savedFixtureBytes(name));
    expect(text.split('\r\n').length).toBeGreaterThan(30);
    expect(/"[^"]*[^\r]\n[^"]*"/.test(text)).toBe(true);
  });
  it('gives 20 KPIs; 17 of 18 rates, as Calc printed ② 439/200 as 219% where Excel shows 220%', () => {
    expect(result.summary).toEqual({ kpis: 20, printed: 18, matched: 17 });
    expect(telling(result)).toEqual({
      '②': ['219%', '220%', false],
      '⑯': ['100.2%', '100.2%', true],
      '⑲': ['0%', '0%', true],
    });
  });
  it('keeps a narrative with its line breaks, and leaves the same department lines unplaced', async () => {
    const report = await readReportFile(name, savedFixtureBytes(name));
    const narrative = report.kpis.find((k) => k.kpi.code === '⑯')?.kpi.narratives[0]?.text;
    expect(narrative).toMatch(/^上水道：3\.16億円\n下水道/);
    // The header's two rows hold line breaks, so the records start on later lines.
    expect(unplacedCells(result)).toEqual(departmentCells([33, 34, 37, 38]));
  });
});

describe('the PDF Calc prints from it, as a city publishes its table', () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await check('yuzawa-r5-workbook.pdf');
  });
  it('reads as the workbook does: 20 KPIs, 17 of 18 (② printed 219% by Calc), same cells unplaced', () => {
    expect(result.summary).toEqual({ kpis: 20, printed: 18, matched: 17 });
    expect(telling(result)).toEqual({
      '②': ['219%', '220%', false],
      '⑯': ['100.2%', '100.2%', true],
      '⑲': ['0%', '0%', true],
    });
    // Title, two header rows, then the rows in the workbook's order: the same row numbers.
    expect(unplacedCells(result)).toEqual(departmentCells([22, 23, 26, 27]));
  });
  it('drops the header Calc repeats on page 2, and the merged cell the page break cut', async () => {
    const name = 'yuzawa-r5-workbook.pdf';
    const grid = await readTableFile(name, savedFixtureBytes(name));
    expect(grid.rows.filter((r) => r.cells[0] === '基本方針')).toHaveLength(1);
    expect(grid.rows.filter((r) => r.cells[0]?.startsWith('3 行政経営'))).toHaveLength(1);
  });
});
