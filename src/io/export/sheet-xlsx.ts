import ExcelJS from 'exceljs';
import { neutralizeText } from './cell-safety.ts';
import type { EvaluationSheet, SheetLine, SheetPage, ThemeSheet } from './evaluation-sheet.ts';

/** Characters Excel refuses in a worksheet's name, and its longest name. */
const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/g;
const SHEET_NAME_LENGTH = 31;

/** A worksheet name from a KPI's code, distinct within the workbook (⑦, ⑦ (2) …). */
function sheetName(code: string, taken: Set<string>): string {
  const base = code.replace(SHEET_NAME_FORBIDDEN, '_').slice(0, SHEET_NAME_LENGTH - 4) || 'KPI';
  let name = base;
  for (let n = 2; taken.has(name); n += 1) name = `${base} (${n})`;
  taken.add(name);
  return name;
}

const BOLD = { bold: true };
const HEAD_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EEF4' },
};

function writeLines(sheet: ExcelJS.Worksheet, heading: string, items: readonly SheetLine[]): void {
  sheet.addRow([]);
  sheet.addRow([heading]).font = BOLD;
  for (const item of items) {
    const row = sheet.addRow([neutralizeText(item.label), neutralizeText(item.text)]);
    row.getCell(1).fill = HEAD_FILL;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
}

function writeSheet(sheet: ExcelJS.Worksheet, data: EvaluationSheet): void {
  sheet.getColumn(1).width = 22;
  sheet.getColumn(2).width = 70;
  for (let c = 3; c <= 2 + data.series.years.length; c += 1) sheet.getColumn(c).width = 10;
  sheet.addRow([neutralizeText(data.title)]).font = { bold: true, size: 14 };
  writeLines(sheet, '指標の定義', data.definition);
  sheet.addRow([]);
  sheet.addRow(['実績の推移']).font = BOLD;
  // The series under the years, from the second column on.
  sheet.addRow(['年度', ...data.series.years]).font = BOLD;
  for (const line of data.series.lines) {
    // Figures are the domain's own forms ("-", "2(1)"), never free text: see cell-safety.ts.
    sheet.addRow([neutralizeText(line.label), ...line.figures]);
  }
  writeLines(sheet, '達成状況', data.result);
  writeLines(sheet, '取組内容', data.narratives);
  writeLines(
    sheet,
    '評価',
    data.levels.map((l) => ({ label: l.level, text: `${l.grade}\n${l.text}` })),
  );
}

function writeTheme(sheet: ExcelJS.Worksheet, data: ThemeSheet): void {
  sheet.getColumn(1).width = 40;
  for (let c = 2; c <= 3 + data.levels.length; c += 1) sheet.getColumn(c).width = 16;
  sheet.addRow([neutralizeText(data.title)]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  sheet.addRow(['KPI', '達成率', '評価（達成率による）', ...data.levels]).font = BOLD;
  for (const k of data.kpis) {
    sheet.addRow([neutralizeText(k.kpi), k.rate, k.grade, ...k.levels.map(neutralizeText)]);
  }
}

/**
 * The evaluation sheets as a workbook: one worksheet per theme program (テーマ1 …, its KPIs'
 * rates and levels) and per KPI (named by its code), A4 portrait
 * fitted to the page width; every text neutralized (no formula from a typed text).
 */
export async function sheetsXlsx(pages: readonly SheetPage[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mieruka';
  const taken = new Set<string>();
  let theme = 0;
  for (const page of pages) {
    const pageSetup = {
      paperSize: 9,
      orientation: 'portrait' as const,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    };
    if (page.kind === 'theme') {
      theme += 1;
      writeTheme(
        workbook.addWorksheet(sheetName(`テーマ${theme}`, taken), { pageSetup }),
        page.sheet,
      );
    } else {
      const code = page.sheet.title.split(' ')[0] ?? '';
      writeSheet(workbook.addWorksheet(sheetName(code, taken), { pageSetup }), page.sheet);
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
