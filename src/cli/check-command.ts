import { Command } from 'commander';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import { readReportInWorker } from '../io/read-report-in-worker.ts';
import { gradeLegendLines } from '../domain/grade-legend.ts';
import { isPrintedGrade } from '../domain/grade-scale.ts';
import type {
  CheckResult,
  CheckedKpi,
  CheckedYearOnYear,
  CheckedYearRate,
} from '../io/report-check.ts';
import { checkReport } from '../io/report-check.ts';
import { requireComplete } from '../io/report-table/missing-role.ts';
import type { ChangeGrading, TableReading } from '../io/report-table/table-reading.ts';
import type { ChangeClass } from '../domain/change-grade.ts';
import { explanationLines, reportYearLine } from './check-explanation.ts';
import type { ColumnOption } from './column-option.ts';
import {
  COLUMN_OPTION_HELP,
  SHEET_OPTION_HELP,
  columnOption,
  columnRolesOf,
} from './column-option.ts';
import { fiscalYearOption } from './fiscal-year-option.ts';
import { readInputFile } from './read-input-file.ts';
import type { CliContext } from './io-context.ts';
import { textTable, truncate } from './text-table.ts';

const MARK = { true: '✓', false: '✗', null: '' } as const;

/** Whether the table prints grades (A, ◎, 達成 …): then they are shown beside the computed ones. */
const printsGrades = (result: CheckResult) =>
  result.kpis.some((k) => k.printedGrade !== null && isPrintedGrade(k.printedGrade));

/**
 * A KPI's printed grade beside the one the plan's scale gives its rate: ✓ alike, ✗ where the
 * printed one is a grade of that scale and another, nothing to compare where it is not, nor
 * where the table's legend defines its grades by words alone (no scale of its own to check by).
 */
function gradeCell(k: CheckedKpi, scale: CheckResult['gradeScale']): string {
  const printed = k.printedGrade ?? '-';
  const mark =
    k.printedGrade === null ||
    k.grade === null ||
    scale.source === 'legend words' ||
    !scale.labels.includes(k.printedGrade)
      ? ''
      : k.printedGrade === k.grade
        ? ' ✓'
        : ' ✗';
  return `${printed} → ${k.grade ?? '-'}${mark}`;
}

/** What each class of a legend of change says, in the check's words. */
const CHANGE_WORDS: Record<ChangeClass, string> = {
  reached: 'the target met',
  improved: 'better than the baseline',
  unchanged: 'unchanged',
  worsened: 'worse than the baseline',
};

/** 「A the target met, B better than the baseline, C unchanged (within 1.1%), D worse …」. */
function changeLine(change: ChangeGrading): string {
  const band =
    change.unchangedWithin === 0
      ? 'the same figure'
      : `within ${formatShare(change.unchangedWithin)} of it`;
  const grades = change.grades
    .map(
      (g) => `${g.label} ${CHANGE_WORDS[g.change]}${g.change === 'unchanged' ? ` (${band})` : ''}`,
    )
    .join(', ');
  return `grades by how the latest figure moved from the baseline (the table's legend): ${grades}`;
}

/** A share as a percent of up to 2 decimals: 0.0112 → 「1.12%」. */
const formatShare = (share: number) => `${Number((share * 100).toFixed(2))}%`;

/** The scale the computed grades come from: 「A ≥100%, B ≥80%, C ≥60%, D」. */
const scaleLine = (scale: CheckResult['gradeScale']) =>
  scale.change !== undefined
    ? changeLine(scale.change)
    : `grades by the plan's scale: ${gradeLegendLines(scale.labels, scale.cuts)
        .map((line) => (line.kind === 'from' ? `${line.grade} ≥${line.cut}%` : line.grade))
        .join(', ')}${SCALE_SOURCE[scale.source]}`;

/** Where the scale was read, said after it. */
const SCALE_SOURCE: Record<CheckResult['gradeScale']['source'], string> = {
  legend: " (the table's legend)",
  'printed grades': ' (read off the printed grades beside the computed rates)',
  'legend words':
    " (the default: the table's legend defines its grades by words alone, no rates, so the printed grades are not checked against it)",
  'legend of change': '',
  'pass or fail': ' (the table grades pass or fail: met is the target reached)',
  default: '',
};

function readable(result: CheckResult, reading: TableReading, explain: boolean): string {
  const graded = printsGrades(result);
  const rows = [
    ['KPI', '指標', 'printed', 'computed', '', 'direction', 'basis', ...(graded ? ['grade'] : [])],
    ...result.kpis.map((k) => [
      k.code,
      truncate(k.title, 36),
      k.printed ?? '-',
      k.computed ?? '-',
      MARK[`${k.match}`],
      k.direction,
      k.basis,
      ...(graded ? [gradeCell(k, result.gradeScale)] : []),
    ]),
  ];
  const lines = [
    result.fiscalYear === null
      ? result.file
      : `${result.file} (${formatFiscalYear(result.fiscalYear, 'both')})`,
    reportYearLine(reading.fiscalYear),
    ...(reading.planTable === undefined ? [] : [`read as ${reading.planTable}`]),
    '',
    textTable(rows),
    ...(graded ? ['', scaleLine(result.gradeScale)] : []),
  ];
  lines.push(...yearRateLines(result), ...yearOnYearLines(result));
  if (explain) lines.push('', ...explanationLines(reading), ...ruleLines(result));
  const unmatched = result.kpis.filter((k) => k.match === false);
  if (unmatched.length > 0) {
    lines.push(
      '',
      'Not reproduced:',
      ...unmatched.map(
        (k) => `  ${k.code} (row ${k.row}): ${k.reason ?? `computed ${k.computed ?? 'no rate'}`}`,
      ),
    );
  }
  if (result.unplaced.length > 0) {
    lines.push('', `Unplaced cells (${result.unplaced.length}):`);
    lines.push(
      ...result.unplaced.map(
        (u) => `  row ${u.row}, column ${u.column}: "${truncate(u.text, 30)}" — ${u.reason}`,
      ),
    );
  }
  if (reading.notes.length > 0) {
    lines.push('', `Notes on the table, kept as printed (${reading.notes.length}):`);
    lines.push(...reading.notes.map((n) => `  row ${n.row}: "${truncate(n.text, 60)}"`));
  }
  if (result.problems.length > 0) {
    lines.push('', `Problems (${result.problems.length}):`);
    lines.push(
      ...result.problems.map((p) => `  row ${p.row}, column ${p.column} [${p.kind}]: ${p.message}`),
    );
  }
  lines.push('', summaryLine(result, reading));
  return lines.join('\n');
}

/**
 * 「2 KPIs, 10 printed rates (8 of single years), 10 matched, …」: every rate the table prints,
 * the KPIs' own and those under each year, counted alike; then the printed shares two other
 * lines of the table reproduce (高齢化率 B/A), where there are any.
 */
function summaryLine(
  { summary: s, yearRates: years, yearOnYear, unplaced, problems }: CheckResult,
  reading: TableReading,
): string {
  const printed =
    years.printed === 0
      ? `${s.printed} printed rates`
      : `${s.printed + years.printed} printed rates (${years.printed} of single years)`;
  const shares = (reading.ratioLines ?? []).reduce((sum, line) => sum + line.years, 0);
  const reproduced =
    shares === 0 ? '' : `, ${shares} printed shares reproduced by the lines they are of`;
  // Changes against the year before are counted apart: never rates of the KPIs.
  const changes =
    yearOnYear.printed === 0
      ? ''
      : `, ${yearOnYear.printed} changes against the year before (${yearOnYear.matched} reproduced)`;
  return `${s.kpis} KPIs, ${printed}, ${s.matched + years.matched} matched${reproduced}${changes}, ${unplaced.length} cells unplaced, ${problems.length} problems`;
}

/** The changes against the year before, per KPI: 「1  D -0.1% ✓」, 「2  G 98.4% ✗ 98.5%」. */
function yearOnYearLines(result: CheckResult): string[] {
  const kpis = result.kpis.filter((k) => (k.yearOnYear ?? []).length > 0);
  if (kpis.length === 0) return [];
  const change = (y: CheckedYearOnYear) =>
    y.match
      ? `${y.column} ${y.printed} ✓`
      : `${y.column} ${y.printed} ✗ ${y.computed ?? 'not given by its figures'}`;
  return [
    '',
    'Changes against the year before (not rates of the KPIs), each recomputed from its row’s two figures:',
    ...kpis.map((k) => `  ${k.code}  ${(k.yearOnYear ?? []).map(change).join('  ')}`),
  ];
}

/** The rates printed for single years, per KPI: 「1  H23 96.6% ✓  H24 90.2% ✗ 91.0%」. */
function yearRateLines(result: CheckResult): string[] {
  const kpis = result.kpis.filter((k) => k.yearRates.length > 0);
  if (kpis.length === 0) return [];
  const rate = (r: CheckedYearRate) =>
    r.match ? `${r.year} ${r.printed} ✓` : `${r.year} ${r.printed} ✗ ${r.computed ?? 'no rate'}`;
  return [
    '',
    'Rates printed for single years, each recomputed from its year’s figures:',
    ...kpis.map((k) => `  ${k.code}  ${k.yearRates.map(rate).join('  ')}`),
  ];
}

/** `--explain`: per KPI, the formula and rounding that reproduced its printed rate. */
function ruleLines(result: CheckResult): string[] {
  const reproduced = result.kpis.filter((k) => k.rule !== null);
  if (reproduced.length === 0) return [];
  return [
    '',
    'Rates reproduced by:',
    ...reproduced.map((k) => `  ${k.code} (row ${k.row}) ${k.printed ?? ''}: ${k.rule ?? ''}`),
  ];
}

interface CheckOptions {
  json?: boolean;
  fy?: FiscalYear;
  explain?: boolean;
  column?: ColumnOption[];
  sheet?: string;
}

export function checkCommand(context: CliContext): Command {
  return new Command('check')
    .description(
      'Parse a progress report (TSV, CSV, XLSX or PDF), recompute every rate and compare it with the printed one',
    )
    .argument('<file>', 'the report file')
    .option('--json', 'print one JSON object instead of a table')
    .option(
      '--fy <year>',
      'the report fiscal year (default: read off the headers, or the latest year column with actuals)',
      fiscalYearOption,
    )
    .option(
      '--explain',
      'also show how the table was read: each column’s role and why, the rows by kind, the report year’s source',
    )
    .option('--column <column=role>', COLUMN_OPTION_HELP, columnOption)
    .option('--sheet <name>', SHEET_OPTION_HELP)
    .action(async (file: string, options: CheckOptions) => {
      const bytes = await readInputFile(context, file);
      const columnRoles = await columnRolesOf(
        file,
        bytes,
        options.column ?? [],
        options.fy,
        options.sheet,
      );
      const report = await readReportInWorker(file, bytes, {
        ...(options.fy ? { fiscalYear: options.fy } : {}),
        ...(columnRoles.length > 0 ? { columnRoles } : {}),
        ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
      });
      const result = checkReport(report);
      const explain = options.explain ?? false;
      context.stdout(
        options.json
          ? JSON.stringify(explain ? { ...result, explain: report.reading } : result, null, 2)
          : readable(result, report.reading, explain),
      );
      // A table lacking a role is shown as read (--explain names each column's role), then refused.
      requireComplete(report);
    });
}
