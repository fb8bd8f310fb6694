import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportError } from './import-problem.ts';
import { readXlsx } from './read-xlsx.ts';
import { readReportFile } from './read-report-file.ts';
import { readTableFile } from './read-table-file.ts';
import { fiscalYear } from '../domain/fiscal-year.ts';
import { policiesWorkbookBytes } from '../../test/support/policies-workbook.ts';

async function workbookBytes(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('R5'));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const cells = async (bytes: Uint8Array) =>
  (await readXlsx('r5.xlsx', bytes)).rows.map((r) => [...r.cells]);

describe('reading an XLSX cell as Excel shows it', () => {
  it('② a rate formula 439/200 with its cached result under 0% reads 220%', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow([439, 200, { formula: 'A1/B1', result: 439 / 200 }]);
      sheet.getCell('C1').numFmt = '0%';
    });
    expect(await cells(bytes)).toEqual([['439', '200', '220%']]);
  });
  it('numbers under #,##0 and 0.0 read with separators and their decimals', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow([299963, 264000, 34, 8.39]);
      sheet.getCell('A1').numFmt = '#,##0';
      sheet.getCell('B1').numFmt = '#,##0';
      sheet.getCell('C1').numFmt = '0.0';
      sheet.getCell('D1').numFmt = '0.00';
    });
    expect(await cells(bytes)).toEqual([['299,963', '264,000', '34.0', '8.39']]);
  });
  it('⑲ a cached formula result of 0 reads 0% (ExcelJS alone reports no result)', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow([0, 2, { formula: 'A1/B1', result: 0 }, { formula: 'A1*1', result: 0 }]);
      sheet.getCell('C1').numFmt = '0%';
    });
    expect(await cells(bytes)).toEqual([['0', '2', '0%', '0']]);
  });
  it('a cached string, error or shared formula reads as saved', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow([1, { formula: 'IF(A1>0,"済","")', result: '済' }]);
      sheet.addRow([0, { formula: 'A1/A2', result: { error: '#DIV/0!' } }]);
      sheet.getCell('B2').numFmt = '0%';
    });
    expect(await cells(bytes)).toEqual([
      ['1', '済'],
      ['0', '#DIV/0!'],
    ]);
  });
  it('refuses a formula with no saved result, naming its cell, row and column', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['指標', '実績', '目標', '達成率']);
      sheet.addRow(['①', 1, 2, { formula: 'B2/C2' }]);
      sheet.addRow(['②', 439, 200, { formula: 'B3/C3' }]);
    });
    const reading = readXlsx('r5.xlsx', bytes);
    await expect(reading).rejects.toBeInstanceOf(ImportError);
    await expect(reading).rejects.toThrow(
      /^r5\.xlsx, row 2, column 4: cell D2 of sheet R5 holds the formula =B2\/C2 with no saved result \(and 1 more\)/,
    );
  });
});

describe('a workbook of several worksheets (one per basic policy)', () => {
  const HEADER = ['指標', '基準値', '目標値', 'R5実績', '達成率'];
  const policies = () => policiesWorkbookBytes({ cover: true });

  it('reads the first worksheet with content and names the others with content, not read', async () => {
    const grid = await readXlsx('plan.xlsx', await policies());
    expect(grid.rows[1]?.cells[0]).toBe('観光客数（万人）');
    expect(grid.sheets).toEqual({ read: '基本目標1', others: ['基本目標2'] });
    const report = await readReportFile('plan.xlsx', await policies(), {
      fiscalYear: fiscalYear(2023),
    });
    expect(report.problems).toEqual([
      {
        kind: 'reading',
        file: 'plan.xlsx',
        row: 1,
        column: 1,
        message:
          "the workbook's other worksheets with content are not read: 基本目標2; this reads the worksheet 基本目標1 alone (read another with --sheet NAME, or save each worksheet as a file of its own)",
      },
    ]);
  });

  it('reads the worksheet named, and refuses a name the workbook lacks, naming those it has', async () => {
    const grid = await readXlsx('plan.xlsx', await policies(), '基本目標2');
    expect(grid.rows[1]?.cells[0]).toBe('出生数（人）');
    expect(grid.sheets?.others).toEqual(['基本目標1']);
    // Named, the worksheet is the person's choice: the others are no problem, and the report says them.
    const chosen = await readReportFile('plan.xlsx', await policies(), {
      fiscalYear: fiscalYear(2023),
      sheet: '基本目標2',
    });
    expect(chosen.problems).toEqual([]);
    expect(chosen.sheets).toEqual({ read: '基本目標2', others: ['基本目標1'] });
    expect(chosen.kpis.map((k) => k.kpi.title)).toEqual(['出生数（人）']);
    const error = await readXlsx('plan.xlsx', await policies(), '基本目標9').catch((e) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toBe(
      'plan.xlsx: no worksheet named 基本目標9 (the workbook has: 表紙, 基本目標1, 基本目標2)',
    );
    const empty = await readXlsx('plan.xlsx', await policies(), '表紙').catch((e) => e);
    expect(empty.message).toBe('plan.xlsx: the worksheet 表紙 has no content');
    // A file of one table has no worksheet to name: refused, not read as if none were named.
    const tsv = new TextEncoder().encode('指標\tR5実績\n観光客数\t140\n');
    const single = await readTableFile('plan.tsv', tsv, '基本目標2').catch((e) => e);
    expect(single).toBeInstanceOf(ImportError);
    expect(single.message).toBe(
      'plan.tsv: no worksheet named 基本目標2: only an XLSX workbook has worksheets, and this file is a single table',
    );
  });

  it('says nothing of a workbook of one worksheet with content', async () => {
    const bytes = await workbookBytes((sheet) => sheet.addRows([HEADER]));
    expect((await readXlsx('r5.xlsx', bytes)).sheets).toEqual({ read: 'R5', others: [] });
  });
});
