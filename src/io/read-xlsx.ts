import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkCellText } from './cell-text-check.ts';
import { excelNumberText } from './excel-number-format.ts';
import type { Grid, GridRow } from './grid.ts';
import { ImportError } from './import-problem.ts';
import { MAX_SHARED_STRINGS_BYTES, MAX_SHEETS, formatLimit } from './read-limits.ts';
import { boundWorksheetXml } from './xlsx-sheet-bounds.ts';
import type { UncachedFormula } from './xlsx-formula-values.ts';
import { sheetFilesByName, withSavedResults } from './xlsx-formula-values.ts';
import { readZipEntries } from './zip-entries.ts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const WORKSHEET = /^xl\/worksheets\/([^/]+)\.xml$/;

export function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
}

function cellText(cell: ExcelJS.Cell): string {
  // A merged range holds its text once, in its top-left cell, as a printed table does.
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  const value = cell.value;
  if (typeof value === 'number') return excelNumberText(value, cell.numFmt);
  if (
    value !== null &&
    typeof value === 'object' &&
    'result' in value &&
    typeof value.result === 'number'
  ) {
    return excelNumberText(value.result, cell.numFmt);
  }
  try {
    return cell.text ?? '';
  } catch {
    return '';
  }
}

function sheetRows(file: string, sheet: ExcelJS.Worksheet): GridRow[] {
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const text = cellText(cell);
      checkCellText(file, rowNumber, column, text);
      cells[column - 1] = text;
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return rows;
}

/** The workbook as ExcelJS may load it, and its formulas saved without a result by sheet name. */
interface BoundedWorkbook {
  readonly bytes: Buffer;
  readonly uncached: ReadonlyMap<string, readonly UncachedFormula[]>;
}

/**
 * The workbook's files, bounded: sizes checked on the zip directory, every worksheet's rows,
 * columns, cells and merges checked and clipped, formulas replaced by their saved results
 * (xlsx-formula-values.ts), then zipped again (stored) for ExcelJS.
 */
async function boundedWorkbook(file: string, bytes: Uint8Array): Promise<BoundedWorkbook> {
  const entries = readZipEntries(file, bytes, (name) =>
    name === 'xl/sharedStrings.xml'
      ? { bytes: MAX_SHARED_STRINGS_BYTES, what: 'a shared-string table' }
      : undefined,
  );
  const sheets = [...entries.keys()].filter((name) => WORKSHEET.test(name));
  if (sheets.length > MAX_SHEETS) {
    throw new ImportError(
      file,
      `more than ${formatLimit(MAX_SHEETS)} worksheets (limit ${formatLimit(MAX_SHEETS)})`,
    );
  }
  const zip = new JSZip();
  const uncachedByFile = new Map<string, UncachedFormula[]>();
  for (const [name, content] of entries) {
    const sheet = WORKSHEET.exec(name)?.[1];
    if (sheet === undefined) {
      zip.file(name, content);
      continue;
    }
    const bounded = boundWorksheetXml(
      file,
      `worksheet ${sheet}`,
      new TextDecoder().decode(content),
    );
    const { xml, uncached } = withSavedResults(bounded);
    uncachedByFile.set(name, uncached);
    zip.file(name, xml);
  }
  const text = (name: string) => new TextDecoder().decode(entries.get(name) ?? new Uint8Array());
  const uncached = new Map<string, UncachedFormula[]>();
  for (const [sheet, name] of sheetFilesByName(
    text('xl/workbook.xml'),
    text('xl/_rels/workbook.xml.rels'),
  )) {
    uncached.set(sheet, uncachedByFile.get(name) ?? []);
  }
  return { bytes: await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }), uncached };
}

/** Refuses a sheet whose formula has no saved result: its value is unknown, not empty. */
function refuseUncached(file: string, sheet: string, uncached: readonly UncachedFormula[]): void {
  const [first] = uncached;
  if (first === undefined) return;
  const others = uncached.length > 1 ? ` (and ${uncached.length - 1} more)` : '';
  throw new ImportError(
    file,
    `cell ${first.address} of sheet ${sheet} holds the formula =${first.formula} with no saved result${others}: open the workbook in Excel or LibreOffice and save it, so each formula keeps its value`,
    { row: first.row, column: first.column },
  );
}

/**
 * Reads a worksheet of an .xlsx workbook into text cells (formula cells as their cached
 * results, numbers as Excel shows them), within the limits of read-limits.ts: the one named
 * `sheet`, else the first that has content; the grid names the others with content, which are
 * not read. A sheet named that the workbook lacks is refused, naming those it has.
 */
export async function readXlsx(file: string, bytes: Uint8Array, sheet?: string): Promise<Grid> {
  if (!isZip(bytes)) throw new ImportError(file, 'not an XLSX workbook (no zip signature)');
  const bounded = await boundedWorkbook(file, bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bounded.bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError(file, `not a readable XLSX workbook (truncated or damaged: ${reason})`);
  }
  const withContent = workbook.worksheets.flatMap((ws) => {
    const rows = sheetRows(file, ws);
    return rows.length === 0 ? [] : [{ name: ws.name, rows }];
  });
  if (sheet !== undefined && !workbook.worksheets.some((ws) => ws.name === sheet)) {
    const names = workbook.worksheets.map((ws) => ws.name).join(', ');
    throw new ImportError(file, `no worksheet named ${sheet} (the workbook has: ${names})`);
  }
  const chosen = sheet === undefined ? withContent[0] : withContent.find((s) => s.name === sheet);
  if (chosen === undefined)
    throw new ImportError(
      file,
      sheet === undefined
        ? 'the workbook has no worksheet with content'
        : `the worksheet ${sheet} has no content`,
    );
  refuseUncached(file, chosen.name, bounded.uncached.get(chosen.name) ?? []);
  const others = withContent.filter((s) => s !== chosen).map((s) => s.name);
  return { file, rows: chosen.rows, sheets: { read: chosen.name, others } };
}
