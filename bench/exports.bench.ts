import { readFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { GradeScale } from '../src/domain/grade-scale.ts';
import type { PlanReport } from '../src/domain/plan-report.ts';
import { buildPlanReport } from '../src/domain/plan-report.ts';
import { groupDecimal } from '../src/domain/digit-grouping.ts';
import { reportCsv } from '../src/io/export/report-csv.ts';
import { reportHtml, reportPageTemplates } from '../src/io/export/report-html.ts';
import type { LayoutCell } from '../src/io/export/report-layout.ts';
import { reportLayout } from '../src/io/export/report-layout.ts';
import { reportXlsx } from '../src/io/export/report-xlsx.ts';
import { readReportFile } from '../src/io/read-report-file.ts';
import { renderPdf } from '../src/services/pdf-renderer.ts';
import { generateReportTsv } from './generate-report.ts';
import type { Timing } from './measure.ts';
import { measure, measurePair, printFigure } from './measure.ts';
import { requireComplete } from '../src/io/report-table/missing-role.ts';

interface Subject {
  readonly name: string;
  readonly report: PlanReport;
  readonly scale: GradeScale;
}

async function subject(name: string, file: string, bytes: Uint8Array): Promise<Subject> {
  const read = requireComplete(await readReportFile(file, bytes));
  return {
    name,
    report: buildPlanReport(read.plan, read.fiscalYear),
    scale: read.plan.gradeScale,
  };
}

/** The cells of the printed table as the raw libraries take them: strings and numbers. */
function rawCells(report: PlanReport) {
  const value = (cell: LayoutCell): string | number | null => {
    if (cell === null) return null;
    return cell.kind === 'number' ? Number(cell.value) : cell.text;
  };
  const text = (cell: LayoutCell): string =>
    cell === null ? '' : cell.kind === 'number' ? groupDecimal(cell.value) : cell.text;
  const rows = reportLayout(report).rows;
  return { values: rows.map((row) => row.map(value)), texts: rows.map((row) => row.map(text)) };
}

/** Raw ExcelJS: the same cell values in one sheet, no formats, merges or page setup. */
async function rawXlsx(values: readonly (readonly (string | number | null)[])[]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('report');
  for (const row of values) sheet.addRow([...row]);
  return workbook.xlsx.writeBuffer();
}

const ratio = (ours: Timing, raw: Timing) => ours.median / raw.median;

function verdict(label: string, ours: Timing, raw: Timing, limit: number): void {
  const r = ratio(ours, raw);
  console.log(
    `  ${label}: ${r.toFixed(2)}× raw, target ≤ ${limit}×: ${r <= limit ? 'met' : 'NOT met'}`,
  );
}

async function benchSubject({ name, report, scale }: Subject, pdfRuns: number): Promise<void> {
  const { values, texts } = rawCells(report);
  const runs = report.rows.length > 100 ? 11 : 31;
  const [xlsx, excel] = await measurePair(
    () => reportXlsx(report),
    () => rawXlsx(values),
    { runs },
  );
  printFigure(`xlsx: ${name}, reportXlsx`, xlsx);
  printFigure(`xlsx: ${name}, raw ExcelJS, the same ${texts.length} rows`, excel);
  verdict(`xlsx ${name}`, xlsx, excel, 2);

  const csvRuns = runs * 5;
  // The 20-KPI CSV takes about 0.1 ms: time it over batches of files.
  const csvBatch = report.rows.length > 100 ? 1 : 50;
  const [csv, rawCsv] = await measurePair(
    async () => reportCsv(report, 'utf-8'),
    async () => Buffer.from(`\uFEFF${stringify(texts, { record_delimiter: 'windows' })}`, 'utf8'),
    { runs: csvRuns, batch: csvBatch },
  );
  printFigure(`csv: ${name}, reportCsv UTF-8`, csv);
  printFigure(`csv: ${name}, raw csv-stringify UTF-8, the same rows`, rawCsv);
  verdict(`csv UTF-8 ${name}`, csv, rawCsv, 2);
  const [sjis, rawSjis] = await measurePair(
    async () => reportCsv(report, 'shift_jis'),
    async () => iconv.encode(stringify(texts, { record_delimiter: 'windows' }), 'cp932'),
    { runs: csvRuns, batch: csvBatch },
  );
  printFigure(`csv: ${name}, reportCsv Shift_JIS`, sjis);
  printFigure(`csv: ${name}, raw csv-stringify + iconv-lite CP932`, rawSjis);
  verdict(`csv Shift_JIS ${name}`, sjis, rawSjis, 2);

  const options = { generatedOn: '2026-12-01' };
  const html = await measure(async () => reportHtml(report, scale, options), { runs });
  printFigure(`pdf: ${name}, the print page's HTML (reportHtml)`, html);
  let pages = 0;
  const pdf = await measure(
    async () => {
      const bytes = await renderPdf({
        html: reportHtml(report, scale, options),
        ...reportPageTemplates(report, options),
      });
      pages = (
        Buffer.from(bytes)
          .toString('latin1')
          .match(/\/Type\s*\/Page\b/g) ?? []
      ).length;
    },
    { runs: pdfRuns },
  );
  printFigure(`pdf: ${name}, HTML + Chromium (launch included), %s pages`, pdf, String(pages));
}

/**
 * The exports (issue 13): XLSX and CSV of the Yuzawa table and of a generated 1,000-KPI plan,
 * each beside its raw library writing the same cells in the same run (targets: ≤ 2× raw ExcelJS,
 * ≤ 2× raw csv-stringify), and the PDF printed by Chromium (target for 1,000 KPIs: < 10 s).
 */
export async function benchExports(): Promise<void> {
  const yuzawa = await subject(
    'Yuzawa R5 (20 KPIs)',
    'yuzawa.tsv',
    readFileSync(new URL('../sample/yuzawa-r5-kpi-report.tsv', import.meta.url)),
  );
  const big = await subject(
    'generated (1,000 KPIs)',
    'generated.tsv',
    new TextEncoder().encode(generateReportTsv(1000)),
  );
  await benchSubject(yuzawa, 5);
  await benchSubject(big, 3);
  const options = { generatedOn: '2026-12-01' };
  const started = performance.now();
  await renderPdf({
    html: reportHtml(big.report, big.scale, options),
    ...reportPageTemplates(big.report, options),
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `  pdf of 1,000 KPIs: ${seconds.toFixed(1)} s, target < 10 s: ${seconds < 10 ? 'met' : 'NOT met'}`,
  );
}
