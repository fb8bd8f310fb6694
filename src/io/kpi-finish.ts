import type { Decimal } from '../domain/decimal.ts';
import { addDecimals, compareDecimals, subtractDecimals } from '../domain/decimal.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { inferDirection, inferRateRule } from '../domain/inference.ts';
import type { DepartmentFigures, Kpi, Narrative, YearFigure } from '../domain/model.ts';
import type { ImportProblem } from './import-problem.ts';
import type { ImportedKpi } from './imported-report.ts';
import type { KpiDraft } from './kpi-draft.ts';

/** The KPI row's own figures belong to the department it names when breakdown rows follow (⑰ 総務課). */
function departmentFigures(draft: KpiDraft): {
  actuals: YearFigure[];
  departments: DepartmentFigures[];
} {
  if (draft.departmentRows.length === 0) return { actuals: draft.actuals, departments: [] };
  const [own] = draft.departments;
  if (draft.departments.length !== 1 || own === undefined) {
    return { actuals: draft.actuals, departments: draft.departmentRows };
  }
  return {
    actuals: [],
    departments: [{ department: own, actuals: draft.actuals }, ...draft.departmentRows],
  };
}

function sumByYear(rows: readonly DepartmentFigures[]): Map<FiscalYear, Decimal> {
  const sums = new Map<FiscalYear, Decimal>();
  for (const row of rows) {
    for (const { fiscalYear, figure } of row.actuals) {
      if (figure.value === null) continue;
      const sofar = sums.get(fiscalYear);
      sums.set(fiscalYear, sofar === undefined ? figure.value : addDecimals(sofar, figure.value));
    }
  }
  return sums;
}

/**
 * A 合計 row is either the yearly total of the departments' rows or, as in ⑱ (2(1) against
 * yearly 0s), a cumulative total including the baseline.
 */
function placeTotals(draft: KpiDraft, departments: readonly DepartmentFigures[]) {
  const sums = sumByYear(departments);
  let actuals: YearFigure[] | null = null;
  const cumulative = [...draft.cumulativeActuals];
  for (const row of draft.totalRows) {
    const isYearlyTotal =
      departments.length > 0 &&
      row.every(({ fiscalYear, figure }) => {
        const sum = sums.get(fiscalYear);
        return (
          figure.value !== null && sum !== undefined && compareDecimals(figure.value, sum) === 0
        );
      });
    if (isYearlyTotal) actuals = row;
    else cumulative.push(...row);
  }
  return { actuals, cumulative };
}

/** ⑰ and ⑱ join their departments' narratives with spaces: one segment each, in row order. */
function splitNarrative(draft: KpiDraft, departments: readonly DepartmentFigures[]): Narrative[] {
  const narrative = draft.narrative;
  if (!narrative) return [];
  const segments = narrative.text.split(/\s+/).filter((s) => s !== '');
  if (departments.length >= 2 && segments.length === departments.length) {
    return segments.map((text, index) => ({
      fiscalYear: narrative.fiscalYear,
      department: departments[index]?.department ?? null,
      text,
    }));
  }
  return [{ fiscalYear: narrative.fiscalYear, department: null, text: narrative.text }];
}

/**
 * Targets printed relative to the baseline: "15人削減" is baseline − 15, measured as the share of
 * the reduction achieved; 現状維持 keeps the baseline.
 */
function settleTarget(
  draft: KpiDraft,
  problems: ImportProblem[],
  file: string,
): Pick<Kpi, 'target' | 'formula'> {
  const formula = draft.formula ?? 'ratio';
  const fiscalYear = draft.target?.fiscalYear ?? null;
  if (!draft.targetIsReduction && !draft.targetIsMaintain) return { target: draft.target, formula };
  if (draft.baseline === null) {
    problems.push({
      file,
      row: draft.row,
      column: null,
      message: `KPI ${draft.code}: a target relative to the baseline, but no baseline`,
    });
    return { target: null, formula };
  }
  if (draft.targetIsMaintain)
    return { target: { kind: 'maintain', value: draft.baseline.value, fiscalYear }, formula };
  const amount = draft.target?.value ?? null;
  if (amount === null) return { target: null, formula };
  return {
    target: { kind: 'value', value: subtractDecimals(draft.baseline.value, amount), fiscalYear },
    formula: 'progress',
  };
}

/** Turns a finished draft into a domain KPI, settling direction, basis and formula from the print. */
export function finishKpi(
  draft: KpiDraft,
  year: FiscalYear,
  problems: ImportProblem[],
  file: string,
): ImportedKpi {
  const { actuals, departments } = departmentFigures(draft);
  const totals = placeTotals(draft, departments);
  const unit = draft.unit || draft.valueUnits[0] || '';
  const mixed = [...new Set(draft.valueUnits)].filter((u) => u !== unit);
  if (mixed.length > 0) {
    problems.push({
      file,
      row: draft.row,
      column: null,
      message: `KPI ${draft.code}: cells carry other units than ${unit}: ${mixed.join(', ')}`,
    });
  }
  const { target, formula } = settleTarget(draft, problems, file);
  const names = [...new Set([...draft.departments, ...departments.map((d) => d.department)])];
  const base: Kpi = {
    code: draft.code,
    title: draft.title,
    note: draft.note,
    tags: draft.tags,
    departments: names,
    unit,
    baseline: draft.baseline,
    counting: draft.counting,
    direction: inferDirection(draft.baseline, target),
    basis: 'latest',
    formula,
    target,
    milestones: draft.milestones,
    actuals: totals.actuals ?? actuals,
    departmentActuals: departments,
    cumulativeActuals: totals.cumulative,
    narratives: splitNarrative(draft, departments),
    extras: draft.extras,
  };
  const inference = inferRateRule(base, year, draft.printedRate);
  const kpi: Kpi = { ...base, ...inference.rule };
  return {
    kpi,
    row: draft.row,
    printedRate: draft.printedRate,
    printedRateText: draft.printedRateText,
    printedGrade: draft.printedGrade,
    inference,
  };
}
