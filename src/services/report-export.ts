import type { PublishedEvaluation } from '../domain/evaluation.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.ts';
import type { Actor } from '../domain/access.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import { planKpis } from '../domain/model.ts';
import { buildPlanReport } from '../domain/plan-report.ts';
import { japanDay } from '../domain/japan-day.ts';
import type { TableQuery } from '../domain/report-query.ts';
import {
  describeQuery,
  isFiltered,
  planWithKpis,
  queryFileTag,
  queryRows,
} from '../domain/report-query.ts';
import type { CsvEncoding } from '../io/export/csv-bytes.ts';
import { UnencodableCharacterError } from '../io/export/csv-bytes.ts';
import { planJson } from '../io/export/plan-json.ts';
import { reportCsv } from '../io/export/report-csv.ts';
import { reportHtml, reportPageTemplates } from '../io/export/report-html.ts';
import { reportXlsx } from '../io/export/report-xlsx.ts';
import { tidyCsv } from '../io/export/tidy-csv.ts';
import type { SheetPage } from '../io/export/evaluation-sheet.ts';
import { sheetPages } from '../io/export/evaluation-sheet.ts';
import type { EvaluationView } from '../domain/api-contract.ts';
import type { EvaluationScheme } from '../domain/evaluation.ts';
import { DEFAULT_EVALUATION_SCHEME } from '../domain/evaluation.ts';
import { sheetPageTemplates, sheetsHtml } from '../io/export/sheet-html.ts';
import { sheetsXlsx } from '../io/export/sheet-xlsx.ts';
import { kpiEvaluations } from './evaluations.ts';
import type { PlanReading } from './access.ts';
import { requireYear } from './access.ts';
import { renderPdf } from './pdf-renderer.ts';
import { reportEvaluations, summaryOf } from './plan-views.ts';
import { ValidationError } from './service-errors.ts';

export const EXPORT_FORMATS = ['xlsx', 'pdf', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_SHAPES = ['report', 'tidy', 'sheets'] as const;
/**
 * `report`: the table as printed; `tidy`: the open-data CSV, one row per KPI × year × department;
 * `sheets`: the evaluation sheets (評価シート), one page per KPI with its evaluation levels.
 */
export type ExportShape = (typeof EXPORT_SHAPES)[number];

export interface ExportRequest {
  readonly planId: number;
  /** The report's year; the latest the reader may see by default. */
  readonly fiscalYear?: FiscalYear | undefined;
  readonly format: ExportFormat;
  readonly encoding: CsvEncoding;
  readonly shape: ExportShape;
  /** The table's filters (its URL's policy, dept, tag, grade, q): the file holds the KPIs they keep. */
  readonly filter?: TableQuery | undefined;
}

export interface ExportFile {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  /** Names the plan, the year and the shape: 湯沢市行財政改革実施計画_R5_report.xlsx. */
  readonly fileName: string;
  readonly fiscalYear: FiscalYear;
  readonly kpis: number;
}

export const PDF_TYPE = 'application/pdf';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file name part without the characters no file system takes. */
const safeName = (text: string) =>
  [...text]
    .map((c) => ((c.codePointAt(0) ?? 0) < 0x20 || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .trim();

function refuseCombination(request: ExportRequest): void {
  if (request.shape === 'tidy' && request.format !== 'csv') {
    throw new ValidationError('shape', 'the tidy (open data) shape is a CSV: use format csv');
  }
  if (request.shape === 'sheets' && request.format !== 'pdf' && request.format !== 'xlsx') {
    throw new ValidationError(
      'shape',
      'the evaluation sheets are a PDF or an XLSX: use format pdf or xlsx',
    );
  }
  if (request.encoding === 'shift_jis' && request.format !== 'csv') {
    throw new ValidationError('encoding', 'Shift_JIS is for CSV only');
  }
}

async function render(
  request: ExportRequest,
  input: {
    plan: Parameters<typeof buildPlanReport>[0];
    year: FiscalYear;
    municipality: { code: string; name: string };
    /** YYYY-MM-DD, printed on the PDF. */
    today: string;
    /** The filters in words, printed on the report shapes; null when none. */
    filter: string | null;
    chromiumPath: string | undefined;
    /** The evaluation sheets' pages, when the shape is `sheets`. */
    sheets: readonly SheetPage[];
    /** The year's published evaluations, printed beside the report's table. */
    evaluations: readonly PublishedEvaluation[];
  },
): Promise<Uint8Array> {
  const { plan, year, municipality, filter } = input;
  if (request.shape === 'sheets') {
    return request.format === 'xlsx'
      ? sheetsXlsx(input.sheets)
      : renderPdf(
          {
            html: sheetsHtml({ planName: plan.name, fiscalYear: year }, input.sheets),
            ...sheetPageTemplates({ planName: plan.name, fiscalYear: year }),
            landscape: false,
          },
          input.chromiumPath,
        );
  }
  switch (request.format) {
    case 'xlsx':
      return reportXlsx(buildPlanReport(plan, year), filter);
    case 'pdf': {
      const report = buildPlanReport(plan, year);
      const options = { generatedOn: input.today, filter, evaluations: input.evaluations };
      return renderPdf(
        {
          html: reportHtml(report, plan.gradeScale, options),
          ...reportPageTemplates(report, options),
        },
        input.chromiumPath,
      );
    }
    case 'json':
      return planJson(plan, year, municipality);
    case 'csv':
      try {
        return request.shape === 'tidy'
          ? tidyCsv(plan, year, municipality, request.encoding)
          : reportCsv(buildPlanReport(plan, year), request.encoding, filter);
      } catch (error) {
        if (error instanceof UnencodableCharacterError) {
          throw new ValidationError('encoding', error.message);
        }
        throw error;
      }
  }
}

/** The year's evaluation sheets: each theme program's page, then its KPIs', as the reader may read. */
async function sheetsOf(
  db: Kysely<Database>,
  actor: Actor,
  reading: PlanReading,
  plan: Parameters<typeof buildPlanReport>[0],
  year: FiscalYear,
): Promise<SheetPage[]> {
  const report = buildPlanReport(plan, year);
  const evaluations = new Map<string, EvaluationView[]>();
  let scheme: EvaluationScheme | null = null;
  for (const row of report.rows) {
    const levels = await kpiEvaluations(db, actor, reading, row.code, year);
    scheme = levels.evaluationScheme;
    evaluations.set(row.code, levels.evaluations);
  }
  return sheetPages(report, scheme ?? DEFAULT_EVALUATION_SCHEME, evaluations);
}

/**
 * One fiscal year's report as a file, as the actor may read it (plan-views.ts `summaryOf`): a
 * visitor gets the published years and approved figures only, a member the approved figures
 * of every year — never a draft. A year the reader may not see is not found (404).
 */
export async function exportReport(
  db: Kysely<Database>,
  actor: Actor,
  request: ExportRequest,
  renderer: { readonly chromiumPath?: string; readonly now: Date },
): Promise<ExportFile> {
  refuseCombination(request);
  const { inYear, view, reading } = await summaryOf(db, actor, request.planId);
  requireYear(reading, request.fiscalYear);
  const year = request.fiscalYear ?? view.fiscalYears.at(-1) ?? view.endYear;
  if (year === null || year === undefined) {
    throw new ValidationError('fy', 'the plan has no fiscal year with figures yet: name one');
  }
  // The year's file holds the KPIs of that year, each as defined then (issue 20).
  const plan = inYear(year);
  // Filtered, the file is of the plan cut to the KPIs the table keeps, in the printed order.
  const filter = request.filter !== undefined && isFiltered(request.filter) ? request.filter : null;
  const kept =
    filter === null
      ? plan
      : planWithKpis(
          plan,
          new Set(queryRows(buildPlanReport(plan, year).rows, filter).map((row) => row.code)),
        );
  const sheets = request.shape === 'sheets' ? await sheetsOf(db, actor, reading, kept, year) : [];
  const bytes = await render(request, {
    plan: kept,
    year,
    municipality: { code: view.municipality.code, name: view.municipality.name },
    // The municipality's day, whatever the server's time zone (12月6日 at 05:00 in Japan).
    today: japanDay(renderer.now),
    filter: filter === null ? null : describeQuery(filter, 'ja'),
    chromiumPath: renderer.chromiumPath,
    sheets,
    evaluations:
      request.format === 'pdf' && request.shape !== 'sheets'
        ? await reportEvaluations(db, request.planId, year)
        : [],
  });
  const encoding = request.encoding === 'shift_jis' ? '_sjis' : '';
  const tag = filter === null ? '' : `_${safeName(queryFileTag(filter))}`;
  const base = `${safeName(view.name)}_${formatFiscalYear(year)}${tag}`;
  const fileName =
    request.format === 'json'
      ? `${base}.json`
      : `${base}_${request.shape}${request.format === 'csv' ? encoding : ''}.${request.format}`;
  const contentType =
    request.format === 'xlsx'
      ? XLSX_TYPE
      : request.format === 'pdf'
        ? PDF_TYPE
        : request.format === 'json'
          ? 'application/json; charset=utf-8'
          : `text/csv; charset=${request.encoding}`;
  const kpis = planKpis(kept).length;
  return { bytes, contentType, fileName, fiscalYear: year, kpis };
}
