import type { Decimal } from '../../domain/decimal.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { formatFiscalYear } from '../../domain/fiscal-year.ts';
import type { Baseline, Target } from '../../domain/model.ts';
import type { PlanReport, ReportFigure, ReportRow } from '../../domain/plan-report.ts';

/** Where a cell comes from, so that a refusal (a character Shift_JIS cannot hold) names it. */
export interface CellPlace {
  /** The KPI's code, or null for the title and header rows. */
  readonly kpi: string | null;
  readonly field: string;
}

/**
 * One cell of the printed table: free `text` (neutralized against formulas when written), a
 * `number` (a plain decimal figure, written as a number in XLSX), a `figure` in another of the
 * domain's forms ("2(1)", "-", "3(見込)"), or a printed `rate` ("100.2%").
 */
export type LayoutCell =
  | { readonly kind: 'text'; readonly text: string; readonly place: CellPlace }
  | { readonly kind: 'number'; readonly value: Decimal; readonly place: CellPlace }
  | { readonly kind: 'figure'; readonly text: string; readonly place: CellPlace }
  | { readonly kind: 'rate'; readonly text: string; readonly place: CellPlace }
  | null;

/** A merged range, 0-based rows and columns of the whole sheet (title row included). */
export interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type ColumnKind =
  | 'policy'
  | 'theme'
  | 'kpi'
  | 'department'
  | 'baseline'
  | 'unit'
  | 'counting'
  | 'plan'
  | 'actual'
  | 'target'
  | 'rate'
  | 'narrative';

/**
 * The progress table as printed (the web table's and the Yuzawa PDF's columns): a title row,
 * two header rows, then per KPI its row, its departments' rows and its 累計 row. A plan with
 * yearly plans (milestones) prints them under 計画値 before the actuals, each year's beside its
 * result, for the rates reckoned against them. The same layout is written to CSV and XLSX, and
 * `mieruka check` reads it back.
 */
export interface ReportLayout {
  readonly title: string;
  readonly columns: readonly ColumnKind[];
  /** Every row of the sheet: the title, the two header rows, the body. */
  readonly rows: readonly (readonly LayoutCell[])[];
  /** How many rows from the top are title and headers (repeated on every printed page). */
  readonly headRows: number;
  readonly merges: readonly Merge[];
  /** The body rows that start a KPI, for borders. */
  readonly kpiStarts: readonly number[];
}

const HEAD = { kpi: null, field: 'header' } as const;
const label = (text: string): LayoutCell => ({ kind: 'text', text, place: HEAD });

/** The year most KPIs name for a field, for the header ("基準値 (R1)", "目標値 (R8)"). */
function commonYear(years: readonly (FiscalYear | null | undefined)[]): FiscalYear | null {
  const counts = new Map<FiscalYear, number>();
  for (const year of years) if (year != null) counts.set(year, (counts.get(year) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

const withYear = (name: string, year: FiscalYear | null) =>
  year === null ? name : `${name} (${formatFiscalYear(year)})`;

function figureCell(figure: ReportFigure | null, place: CellPlace): LayoutCell {
  if (figure === null) return null;
  if (figure.value !== null && figure.secondary === null && !figure.estimate) {
    return { kind: 'number', value: figure.value, place };
  }
  return { kind: 'figure', text: figure.text, place };
}

function baselineCell(baseline: Baseline | null, place: CellPlace): LayoutCell {
  return baseline === null
    ? { kind: 'figure', text: '-', place }
    : { kind: 'number', value: baseline.value, place };
}

function targetCell(target: Target | null, place: CellPlace): LayoutCell {
  if (target === null) return null;
  switch (target.kind) {
    case 'value':
      return { kind: 'number', value: target.value, place };
    case 'at-least':
      return { kind: 'figure', text: `${target.value}以上`, place };
    case 'at-most':
      return { kind: 'figure', text: `${target.value}以下`, place };
    case 'maintain':
      return { kind: 'figure', text: '現状維持', place };
  }
}

const kpiLabel = (row: ReportRow) =>
  [row.code, ...row.tags, row.title, ...(row.note ? [`※${row.note}`] : [])].join(' ');

const themeLabel = (theme: ReportRow['theme']) =>
  `${theme.number} ${theme.name}` +
  (theme.actionItems.length > 0 ? ` (${theme.actionItems.join('.')})` : '');

/**
 * The narrative cell: one text, or (⑰) each department's text on its own line, in the order of
 * its rows, as the importer splits them again.
 */
const narrativeText = (row: ReportRow) => row.narratives.map((n) => n.text).join('\n');

/**
 * A KPI broken down by department with no figures of its own (⑰) prints its first
 * department's figures on its own row, the others on rows of their own, as the city does.
 */
function departmentSplit(row: ReportRow) {
  const ownFigures = row.actuals.some((f) => f !== null);
  const [first, ...others] = row.departmentRows;
  if (!ownFigures && first !== undefined) {
    return { department: first.department, actuals: first.actuals, rows: others };
  }
  return { department: row.departments.join(' '), actuals: row.actuals, rows: row.departmentRows };
}

/**
 * The printed layout of a report: what CSV and XLSX both write. `filter` names the table's
 * filters when the report holds only the KPIs they keep (in the title).
 */
export function reportLayout(report: PlanReport, filter: string | null = null): ReportLayout {
  const years = report.years;
  const planned = report.rows.some((r) => r.plans !== null);
  const columns: ColumnKind[] = [
    'policy',
    'theme',
    'kpi',
    'department',
    'baseline',
    'unit',
    'counting',
    ...(planned ? years.map(() => 'plan' as const) : []),
    ...years.map(() => 'actual' as const),
    'target',
    'rate',
    'narrative',
  ];
  const width = columns.length;
  const col = (kind: ColumnKind) => columns.indexOf(kind);
  const firstYear = col('actual');
  const firstPlan = col('plan');
  const baselineYear = commonYear(report.rows.map((r) => r.baseline?.fiscalYear));
  const targetYear = commonYear(report.rows.map((r) => r.target?.fiscalYear));
  const starred = report.rows.some((r) => r.tags.includes('★'));
  const title = `${report.planName} ${formatFiscalYear(report.fiscalYear, 'japanese')} 進捗状況${filter === null ? '' : `（絞り込み：${filter}）`}`;
  const blank = (): LayoutCell[] => Array<LayoutCell>(width).fill(null);
  const top = blank();
  const under = blank();
  const heads: Record<Exclude<ColumnKind, 'actual' | 'plan'>, string> = {
    policy: '基本方針',
    theme: 'テーマプログラム (取組事項No.)',
    kpi: `重要業績評価指標 (KPI)${starred ? ' ★…総合振興計画後期KPI' : ''}`,
    department: '担当課',
    baseline: withYear('基準値', baselineYear),
    unit: '単位',
    counting: '単年度 累計',
    target: withYear('目標値', targetYear),
    rate: '達成率 (進捗率)',
    narrative: `${formatFiscalYear(report.fiscalYear)}年度 取組内容等`,
  };
  const merges: Merge[] = [{ top: 0, left: 0, bottom: 0, right: width - 1 }];
  columns.forEach((kind, index) => {
    if (kind === 'actual' || kind === 'plan') return;
    top[index] = label(heads[kind]);
    merges.push({ top: 1, left: index, bottom: 2, right: index });
  });
  const yearBlock = (first: number, name: string) => {
    top[first] = label(name);
    merges.push({ top: 1, left: first, bottom: 1, right: first + years.length - 1 });
    years.forEach((year, i) => (under[first + i] = label(formatFiscalYear(year))));
  };
  if (planned) yearBlock(firstPlan, '計画値');
  yearBlock(firstYear, '実績値');
  const titleRow = blank();
  titleRow[0] = label(title);
  const rows: LayoutCell[][] = [titleRow, top, under];
  const kpiStarts: number[] = [];
  const span = (left: number, from: number) => {
    if (rows.length - 1 > from)
      merges.push({ top: from, left, bottom: rows.length - 1, right: left });
  };
  let policyStart = -1;
  let themeStart = -1;
  report.rows.forEach((row, index) => {
    const before = report.rows[index - 1];
    const newPolicy =
      before === undefined ||
      before.policy.number !== row.policy.number ||
      before.policy.name !== row.policy.name;
    const newTheme =
      newPolicy ||
      before?.theme.number !== row.theme.number ||
      before.theme.name !== row.theme.name;
    if (newPolicy && policyStart >= 0) span(col('policy'), policyStart);
    if (newTheme && themeStart >= 0) span(col('theme'), themeStart);
    const start = rows.length;
    if (newPolicy) policyStart = start;
    if (newTheme) themeStart = start;
    kpiStarts.push(start);
    const at = (field: string): CellPlace => ({ kpi: row.code, field });
    const own = blank();
    const split = departmentSplit(row);
    if (newPolicy)
      own[col('policy')] = {
        kind: 'text',
        text: `${row.policy.number} ${row.policy.name}`,
        place: at('基本方針'),
      };
    if (newTheme)
      own[col('theme')] = {
        kind: 'text',
        text: themeLabel(row.theme),
        place: at('テーマプログラム'),
      };
    own[col('kpi')] = { kind: 'text', text: kpiLabel(row), place: at('KPI') };
    own[col('department')] = { kind: 'text', text: split.department, place: at('担当課') };
    own[col('baseline')] = baselineCell(row.baseline, at('基準値'));
    own[col('unit')] = { kind: 'text', text: row.unit, place: at('単位') };
    own[col('counting')] = label(row.counting === 'cumulative' ? '累計' : '単年度');
    split.actuals.forEach(
      (f, i) =>
        (own[firstYear + i] = figureCell(
          f,
          at(`実績値 ${formatFiscalYear(years[i] ?? report.fiscalYear)}`),
        )),
    );
    row.plans?.forEach(
      (f, i) =>
        (own[firstPlan + i] = figureCell(
          f,
          at(`計画値 ${formatFiscalYear(years[i] ?? report.fiscalYear)}`),
        )),
    );
    own[col('target')] = targetCell(row.target, at('目標値'));
    own[col('rate')] =
      row.rate === null ? null : { kind: 'rate', text: row.rate, place: at('達成率') };
    const narrative = narrativeText(row);
    own[col('narrative')] =
      narrative === '' ? null : { kind: 'text', text: narrative, place: at('取組内容') };
    rows.push(own);
    for (const department of split.rows) {
      const cells = blank();
      cells[col('department')] = { kind: 'text', text: department.department, place: at('担当課') };
      department.actuals.forEach(
        (f, i) => (cells[firstYear + i] = figureCell(f, at(`実績値 ${department.department}`))),
      );
      rows.push(cells);
    }
    if (row.cumulativeRow) {
      const cells = blank();
      cells[col('counting')] = label(row.cumulativeLabel);
      row.cumulativeRow.forEach(
        (f, i) => (cells[firstYear + i] = figureCell(f, at(row.cumulativeLabel))),
      );
      rows.push(cells);
    }
    for (const kind of ['kpi', 'baseline', 'unit', 'target', 'rate', 'narrative'] as const)
      span(col(kind), start);
  });
  if (policyStart >= 0) span(col('policy'), policyStart);
  if (themeStart >= 0) span(col('theme'), themeStart);
  return { title, columns, rows, headRows: 3, merges, kpiStarts };
}
