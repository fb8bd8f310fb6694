import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const HEADER = ['指標', '基準値', '目標値', 'R5実績', '達成率'];

/**
 * A workbook of one worksheet per basic policy (基本目標1: 観光客数, 基本目標2: 出生数), as a city
 * keeps its table; `cover` puts an empty 表紙 worksheet first.
 */
export async function policiesWorkbookBytes({ cover = false } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (cover) workbook.addWorksheet('表紙');
  workbook
    .addWorksheet('基本目標1')
    .addRows([HEADER, ['観光客数（万人）', 100, 150, 140, '93.3%']]);
  workbook.addWorksheet('基本目標2').addRows([HEADER, ['出生数（人）', 420, 450, 398, '88.4%']]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** That workbook written to a fresh temporary folder, as plan-r5.xlsx: its path. */
export async function policiesWorkbookFile(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'mieruka-')), 'plan-r5.xlsx');
  writeFileSync(file, await policiesWorkbookBytes());
  return file;
}
