import type { Evaluation, EvaluationScheme } from '../../domain/evaluation.ts';
import { DIRECTION_NAMES, LEVEL_NAMES } from '../../domain/evaluation.ts';
import { formatFiscalYear } from '../../domain/fiscal-year.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { PlanReport, ReportFigure, ReportRow } from '../../domain/plan-report.ts';

/**
 * The evaluation sheet (評価シート, issue 21): per KPI one page holding its definition, its
 * series, the year's rate and grade, the narrative and every level of the year's evaluation
 * the reader may read. Built here once as labelled lines; the PDF (sheet-html.ts) and the XLSX
 * (sheet-xlsx.ts) lay the same lines out.
 */
export interface EvaluationSheet {
  readonly title: string;
  readonly definition: readonly SheetLine[];
  /** Header: the years; then one line per series (実績値, a department, 累計). */
  readonly series: { readonly years: readonly string[]; readonly lines: readonly SheetSeries[] };
  readonly result: readonly SheetLine[];
  readonly narratives: readonly SheetLine[];
  readonly levels: readonly SheetLevel[];
}

export interface SheetLine {
  readonly label: string;
  readonly text: string;
}

export interface SheetSeries {
  readonly label: string;
  readonly figures: readonly string[];
}

export interface SheetLevel {
  readonly level: string;
  readonly grade: string;
  readonly text: string;
}

const figureText = (f: ReportFigure | null) => f?.text ?? '-';
const withUnit = (text: string, unit: string) => (unit === '' ? text : `${text} ${unit}`);

function definitionOf(row: ReportRow): SheetLine[] {
  const year = (fy: FiscalYear | null) => (fy === null ? '' : `（${formatFiscalYear(fy)}）`);
  return [
    { label: '基本方針', text: `${row.policy.number} ${row.policy.name}` },
    { label: 'テーマプログラム', text: `${row.theme.number} ${row.theme.name}` },
    { label: '担当課', text: row.departments.join('・') },
    { label: '単位', text: row.unit === '' ? '-' : row.unit },
    { label: '単年度/累計', text: row.counting === 'cumulative' ? '累計' : '単年度' },
    {
      label: '基準値',
      text: row.baseline
        ? `${withUnit(row.baseline.value, row.unit)}${year(row.baseline.fiscalYear)}`
        : '-',
    },
    {
      label: '目標値',
      text: row.target
        ? `${withUnit(row.target.value, row.unit)}${year(row.target.fiscalYear)}`
        : '-',
    },
  ];
}

function seriesOf(row: ReportRow): SheetSeries[] {
  return [
    { label: '実績値', figures: row.actuals.map(figureText) },
    ...row.departmentRows.map((d) => ({ label: d.department, figures: d.actuals.map(figureText) })),
    ...(row.cumulativeRow === null
      ? []
      : [{ label: row.cumulativeLabel, figures: row.cumulativeRow.map(figureText) }]),
  ];
}

/** What a sheet prints of a level. */
export type SheetEvaluation = Pick<Evaluation, 'level' | 'grade' | 'text' | 'direction'>;

function levelsOf(scheme: EvaluationScheme, evaluations: readonly SheetEvaluation[]): SheetLevel[] {
  const meaning = (grade: string) => scheme.grades.find((g) => g.label === grade)?.meaning;
  return evaluations.map((e) => {
    const named = meaning(e.grade);
    const direction =
      e.direction === null ? '' : `（今後の方向性: ${DIRECTION_NAMES[e.direction]}）`;
    return {
      level: LEVEL_NAMES[e.level],
      grade: `${e.grade}${named === undefined || named === e.grade ? '' : ` ${named}`}${direction}`,
      text: e.text,
    };
  });
}

/**
 * One KPI's sheet of a report year, with the evaluation levels given (already those the
 * reader may read, in order).
 * @example evaluationSheet(report, report.rows[6], DEFAULT_EVALUATION_SCHEME, [])
 */
export function evaluationSheet(
  report: PlanReport,
  row: ReportRow,
  scheme: EvaluationScheme,
  evaluations: readonly SheetEvaluation[],
): EvaluationSheet {
  return {
    title: `${row.code} ${row.title}`,
    definition: definitionOf(row),
    series: { years: report.years.map((y) => formatFiscalYear(y)), lines: seriesOf(row) },
    result: [
      { label: `達成率（${formatFiscalYear(report.fiscalYear)}）`, text: row.rate ?? '-' },
      { label: '評価（達成率による）', text: row.grade ?? '-' },
    ],
    narratives: row.narratives.map((n) => ({
      label: n.department === null ? '取組内容' : `取組内容（${n.department}）`,
      text: n.text,
    })),
    levels: levelsOf(scheme, evaluations),
  };
}

/** A theme program's page (テーマプログラム): its KPIs' rates, grades and evaluation levels. */
export interface ThemeSheet {
  readonly title: string;
  /** The level names as columns, in order, after the KPI, its rate and grade. */
  readonly levels: readonly string[];
  readonly kpis: readonly {
    readonly kpi: string;
    readonly rate: string;
    readonly grade: string;
    /** Each level's grade (with the way ahead), '' where not written. */
    readonly levels: readonly string[];
  }[];
}

/** One page of the sheets: a theme program's summary, then each of its KPIs. */
export type SheetPage =
  | { readonly kind: 'theme'; readonly sheet: ThemeSheet }
  | { readonly kind: 'kpi'; readonly sheet: EvaluationSheet };

/**
 * The sheets in the report's order: each theme program's summary page before its KPIs' pages.
 * @example sheetPages(report, DEFAULT_EVALUATION_SCHEME, new Map()) // theme, ①, ②, theme, ③ …
 */
export function sheetPages(
  report: PlanReport,
  scheme: EvaluationScheme,
  evaluations: ReadonlyMap<string, readonly SheetEvaluation[]>,
): SheetPage[] {
  const levelNames = scheme.levels.map((level) => LEVEL_NAMES[level]);
  const pages: SheetPage[] = [];
  let themeKey: string | null = null;
  let themeKpis: ThemeSheet['kpis'][number][] = [];
  for (const row of report.rows) {
    const key = `${row.policy.number}|${row.theme.number}`;
    if (themeKey !== key) {
      themeKey = key;
      themeKpis = [];
      const title = `${row.policy.number} ${row.policy.name} ／ ${row.theme.number} ${row.theme.name}`;
      pages.push({ kind: 'theme', sheet: { title, levels: levelNames, kpis: themeKpis } });
    }
    const written = evaluations.get(row.code) ?? [];
    const levels = levelsOf(scheme, written);
    themeKpis.push({
      kpi: `${row.code} ${row.title}`,
      rate: row.rate ?? '-',
      grade: row.grade ?? '-',
      levels: levelNames.map((name) => levels.find((l) => l.level === name)?.grade ?? ''),
    });
    pages.push({ kind: 'kpi', sheet: evaluationSheet(report, row, scheme, written) });
  }
  return pages;
}
