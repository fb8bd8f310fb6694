import { OPEN_DATA_LICENSE, attributionOf } from '../../domain/open-data-license.ts';
import { formatFigureText } from '../../domain/figure.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { Kpi, Plan, YearFigure } from '../../domain/model.ts';
import { planFiscalYears } from '../../domain/model.ts';
import { buildPlanReport } from '../../domain/plan-report.ts';
import { ratioToNumber } from '../../domain/ratio.ts';
import type { PlanExport } from './plan-export-schema.ts';
import type { ExportMunicipality } from './tidy-csv.ts';

type KpiExport = PlanExport['plan']['policies'][number]['themes'][number]['kpis'][number];

const yearFigures = (figures: readonly YearFigure[]) =>
  figures.map(({ fiscalYear, figure }) => ({
    fiscalYear,
    figure: { ...figure, text: formatFigureText(figure) },
  }));

function kpiExport(kpi: Kpi, result: KpiExport['result']): KpiExport {
  return {
    ...kpi,
    tags: [...kpi.tags],
    departments: [...kpi.departments],
    baseline: kpi.baseline && { ...kpi.baseline },
    target: kpi.target && { ...kpi.target },
    milestones: yearFigures(kpi.milestones),
    actuals: yearFigures(kpi.actuals),
    departmentActuals: kpi.departmentActuals.map((d) => ({
      department: d.department,
      actuals: yearFigures(d.actuals),
    })),
    cumulativeActuals: yearFigures(kpi.cumulativeActuals),
    narratives: kpi.narratives.map((n) => ({ ...n })),
    extras: kpi.extras.map((e) => ({ ...e })),
    result,
  };
}

/** The plan with its figures (as given: what the reader may see) as a plain JSON value. */
export function planExport(
  plan: Plan,
  year: FiscalYear,
  municipality: ExportMunicipality,
): PlanExport {
  const rows = new Map(buildPlanReport(plan, year).rows.map((r) => [r.code, r]));
  return {
    format: 'mieruka-plan-export',
    version: 1,
    municipality: { code: municipality.code, name: municipality.name },
    license: { ...OPEN_DATA_LICENSE, attribution: attributionOf(municipality.name, plan.name) },
    fiscalYear: year,
    fiscalYears: planFiscalYears(plan),
    plan: {
      name: plan.name,
      startYear: plan.startYear,
      endYear: plan.endYear,
      ratePrecision: { ...plan.ratePrecision },
      gradeScale: plan.gradeScale.grades.map((g) => ({
        label: g.label,
        minPercent: g.min === null ? null : Math.round(ratioToNumber(g.min) * 1e6) / 1e4,
      })),
      policies: plan.policies.map((policy) => ({
        number: policy.number,
        name: policy.name,
        themes: policy.themes.map((theme) => ({
          number: theme.number,
          name: theme.name,
          actionItems: [...theme.actionItems],
          kpis: theme.kpis.map((kpi) => {
            const row = rows.get(kpi.code);
            return kpiExport(kpi, { rate: row?.rate ?? null, grade: row?.grade ?? null });
          }),
        })),
      })),
    },
  };
}

/**
 * The JSON export's bytes (UTF-8, no BOM), documented by plan-export-schema.ts.
 * @example planJson(plan, fiscalYear(2023), { code: '052078', name: '湯沢市' })
 */
export function planJson(
  plan: Plan,
  year: FiscalYear,
  municipality: ExportMunicipality,
): Uint8Array {
  return new TextEncoder().encode(
    `${JSON.stringify(planExport(plan, year, municipality), null, 2)}\n`,
  );
}
