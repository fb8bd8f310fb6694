import { formatFiscalYear } from '../../domain/fiscal-year.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { CumulativeLabel, Plan } from '../../domain/model.ts';
import type { ReportFigure, ReportRow } from '../../domain/plan-report.ts';
import { buildPlanReport } from '../../domain/plan-report.ts';
import { neutralizeText } from './cell-safety.ts';
import type { CsvCell, CsvEncoding } from './csv-bytes.ts';
import { csvBytes } from './csv-bytes.ts';
import type { CellPlace } from './report-layout.ts';

/** The municipality on every row: its 6-digit local government code (団体コード) and name. */
export interface ExportMunicipality {
  readonly code: string;
  readonly name: string;
}

/**
 * The open-data columns, one value per cell: figures as plain decimals (no units, no
 * separators, a minus sign for a negative), the unit in its own column, the year western and
 * as printed, and the KPI's rate (a number of percent) and grade in that year.
 */
export const TIDY_COLUMNS = [
  '全国地方公共団体コード',
  '地方公共団体名',
  '計画名',
  '基本方針番号',
  '基本方針',
  'テーマプログラム番号',
  'テーマプログラム',
  'KPI番号',
  'KPI',
  '区分',
  '担当課',
  '年度',
  '年度表記',
  '実績値',
  '副数値',
  '見込',
  '記号',
  '単位',
  '単年度累計',
  '基準値',
  '基準年度',
  '目標値',
  '目標種別',
  '目標年度',
  '達成率',
  '評価',
] as const;

/**
 * 区分: the KPI's own figure, one department's figure of a breakdown (⑰), the cumulative
 * row under its printed label (累計, ⑱'s 合計), or the year's own plan (計画値, a milestone).
 */
export type TidySeries = '実績値' | '担当課別' | CumulativeLabel | '計画値';

const TARGET_KINDS = {
  value: '目標値',
  'at-least': '以上',
  'at-most': '以下',
  maintain: '現状維持',
} as const;

const percentNumber = (rate: string | null) => (rate === null ? '' : rate.replace('%', ''));
const yearText = (year: FiscalYear | null | undefined) => (year == null ? '' : String(year));

interface TidyContext {
  readonly municipality: ExportMunicipality;
  readonly planName: string;
  /** The KPI's rate and grade in each year. */
  readonly rates: ReadonlyMap<string, { rate: string | null; grade: string | null }>;
}

function tidyRow(
  context: TidyContext,
  row: ReportRow,
  series: TidySeries,
  department: string,
  figure: ReportFigure,
): CsvCell[] {
  const year = figure.fiscalYear;
  const rated = context.rates.get(`${row.code} ${year}`);
  const place: CellPlace = { kpi: row.code, field: `${series} ${formatFiscalYear(year)}` };
  const text = (value: string) => ({ text: neutralizeText(value), place });
  const number = (value: string) => ({ text: value, place });
  return [
    number(context.municipality.code),
    text(context.municipality.name),
    text(context.planName),
    text(row.policy.number),
    text(row.policy.name),
    text(row.theme.number),
    text(row.theme.name),
    text(row.code),
    text(row.title),
    text(series),
    text(department),
    number(String(year)),
    text(formatFiscalYear(year)),
    number(figure.value ?? ''),
    number(figure.secondary ?? ''),
    number(figure.estimate ? '1' : '0'),
    text(figure.value === null && figure.secondary === null ? figure.text : ''),
    text(row.unit),
    text(row.counting === 'cumulative' ? '累計' : '単年度'),
    number(row.baseline?.value ?? ''),
    number(yearText(row.baseline?.fiscalYear)),
    number(row.target?.value ?? ''),
    text(row.target ? TARGET_KINDS[row.target.kind] : ''),
    number(yearText(row.target?.fiscalYear)),
    number(percentNumber(rated?.rate ?? null)),
    text(rated?.grade ?? ''),
  ];
}

/** Every figure of a KPI up to the year, as (series, department, figure). */
function figuresOf(row: ReportRow): [TidySeries, string, ReportFigure][] {
  const present = (list: readonly (ReportFigure | null)[]) =>
    list.filter((f): f is ReportFigure => f !== null);
  return [
    ...present(row.actuals).map((f): [TidySeries, string, ReportFigure] => [
      '実績値',
      row.departments.join('、'),
      f,
    ]),
    ...row.departmentRows.flatMap((d) =>
      present(d.actuals).map((f): [TidySeries, string, ReportFigure] => [
        '担当課別',
        d.department,
        f,
      ]),
    ),
    ...present(row.cumulativeRow ?? []).map((f): [TidySeries, string, ReportFigure] => [
      row.cumulativeLabel,
      row.departments.join('、'),
      f,
    ]),
    ...present(row.plans ?? []).map((f): [TidySeries, string, ReportFigure] => [
      '計画値',
      row.departments.join('、'),
      f,
    ]),
  ];
}

/** The tidy rows (header first) of a plan up to a fiscal year, as cells. */
export function tidyRows(
  plan: Plan,
  year: FiscalYear,
  municipality: ExportMunicipality,
): CsvCell[][] {
  const report = buildPlanReport(plan, year);
  const rates = new Map<string, { rate: string | null; grade: string | null }>();
  for (const y of report.years) {
    const earlier = y === year ? report : buildPlanReport(plan, y);
    for (const r of earlier.rows) rates.set(`${r.code} ${y}`, { rate: r.rate, grade: r.grade });
  }
  const context: TidyContext = { municipality, planName: plan.name, rates };
  const head = TIDY_COLUMNS.map((name) => ({ text: name, place: { kpi: null, field: 'header' } }));
  const byYear = (a: [TidySeries, string, ReportFigure], b: [TidySeries, string, ReportFigure]) =>
    a[2].fiscalYear - b[2].fiscalYear;
  return [
    head,
    ...report.rows.flatMap((row) =>
      figuresOf(row)
        .sort(byYear)
        .map(([series, department, figure]) => tidyRow(context, row, series, department, figure)),
    ),
  ];
}

/**
 * The open-data CSV (tidy): one row per KPI × fiscal year × department (and the 累計 rows),
 * following the national rules for machine-readable data — no merged cells, one value per
 * cell, numbers without units or separators, the 6-digit code and name on every row.
 * @example tidyCsv(plan, fiscalYear(2023), { code: '052078', name: '湯沢市' }, 'utf-8')
 */
export function tidyCsv(
  plan: Plan,
  year: FiscalYear,
  municipality: ExportMunicipality,
  encoding: CsvEncoding,
): Uint8Array {
  return csvBytes(tidyRows(plan, year, municipality), encoding);
}
