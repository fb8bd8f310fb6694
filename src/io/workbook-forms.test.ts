import { beforeAll, describe, expect, it } from 'vitest';
import { yuzawaWorkbook } from '../../test/fixtures/make/yuzawa-workbook.ts';
import type { CheckResult } from './report-check.ts';
import { checkReport } from './report-check.ts';
import { readReportFile } from './read-report-file.ts';
import { readTableFile } from './read-table-file.ts';
import { savedFixtureBytes } from '../../test/support/test-files.ts';

/*
 * The Yuzawa R5 table in the forms a planning division keeps it in before it becomes a PDF:
 * the workbook (title row, two merged header rows, merged plan-tree cells, one line per
 * department with its own narrative, 累計 and 合計 lines, numbers under #,##0 and 0.0, rates
 * as formulas under percent formats) as LibreOffice Calc saved it, and the CSVs and the PDF
 * Calc makes from it. A department line here is aligned in its own columns: the department under
 * 担当課, its figures under R3–R5, its own text under 取組内容.
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

const unplacedCells = (result: CheckResult) =>
  result.unplaced.map(({ row, column }) => ({ row, column }));

/** ⑰'s and ⑱'s lines by department: its R3–R5 figures, and whose narratives the KPI carries. */
async function departmentLines(name: string, bytes = savedFixtureBytes(name)) {
  const report = await readReportFile(name, bytes);
  const lines = (code: string) => {
    const kpi = report.kpis.find((k) => k.kpi.code === code)?.kpi;
    return {
      actuals: kpi?.departmentActuals.map((d) => [
        d.department,
        // ⑱ 上下水道課's R3 "(1)": no plan made, one reviewed.
        ...d.actuals.map((a) => a.figure.value ?? `(${a.figure.secondary ?? ''})`),
      ]),
      narratives: kpi?.narratives.map((n) => [n.department, n.text.slice(0, 6)]),
    };
  };
  return { '⑰': lines('⑰'), '⑱': lines('⑱') };
}

/** What the workbook's department lines of ⑰ and ⑱ hold, as the table prints them. */
const yuzawaDepartmentLines = {
  '⑰': {
    actuals: [
      ['総務課', '0', '0', '1'],
      ['情報政策課', '0', '0', '0'],
      ['上下水道課', '1', '0', '0'],
    ],
    narratives: [
      ['総務課', '令和5年10'],
      ['情報政策課', '策定が必要な'],
      ['上下水道課', '令和3年度に'],
    ],
  },
  '⑱': {
    actuals: [
      ['総務課', '0', '0', '0'],
      ['情報政策課', '0', '0', '0'],
      ['上下水道課', '(1)', '0', '0'],
    ],
    narratives: [
      ['総務課', '「危機管理責'],
      ['情報政策課', '大規模災害等'],
      ['上下水道課', '市民に安心安'],
    ],
  },
};

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
  it("places every cell: the department lines of ⑰ and ⑱ as those departments' actuals and narratives", async () => {
    expect(result.unplaced).toEqual([]);
    expect(await departmentLines('yuzawa-r5-workbook.xlsx')).toEqual(yuzawaDepartmentLines);
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
  it('keeps a narrative with its line breaks, and places the department lines as the workbook does', async () => {
    const report = await readReportFile(name, savedFixtureBytes(name));
    const narrative = report.kpis.find((k) => k.kpi.code === '⑯')?.kpi.narratives[0]?.text;
    expect(narrative).toMatch(/^上水道：3\.16億円\n下水道/);
    expect(result.unplaced).toEqual([]);
    expect(await departmentLines(name)).toEqual(yuzawaDepartmentLines);
  });
});

describe('the PDF Calc prints from it, as a city publishes its table', () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await check('yuzawa-r5-workbook.pdf');
  });
  it('reads as the workbook does: 20 KPIs, 17 of 18 (② printed 219% by Calc), every cell placed', () => {
    expect(result.summary).toEqual({ kpis: 20, printed: 18, matched: 17 });
    expect(telling(result)).toEqual({
      '②': ['219%', '220%', false],
      '⑯': ['100.2%', '100.2%', true],
      '⑲': ['0%', '0%', true],
    });
    expect(result.unplaced).toEqual([]);
  });
  it('drops the header Calc repeats on page 2, and the merged cell the page break cut', async () => {
    const name = 'yuzawa-r5-workbook.pdf';
    const grid = await readTableFile(name, savedFixtureBytes(name));
    expect(grid.rows.filter((r) => r.cells[0] === '基本方針')).toHaveLength(1);
    expect(grid.rows.filter((r) => r.cells[0]?.startsWith('3 行政経営'))).toHaveLength(1);
  });
});
