import type { Kysely } from 'kysely';
import { fiscalYear } from '../domain/fiscal-year.ts';
import { figureFromColumns } from './columns.ts';
import type { FigureState, KpiHistory } from './records.ts';
import { FIGURE_SERIES } from './records.ts';
import type { Database } from './tables.ts';

/** The KPI's own rows first, then departments by name; the same order on both databases. */
function byDepartment(a: { department: string | null }, b: { department: string | null }) {
  if (a.department === b.department) return 0;
  if (a.department === null) return -1;
  if (b.department === null) return 1;
  return a.department < b.department ? -1 : 1;
}

/**
 * Every stored figure and narrative of a KPI with its state and version, by year: the
 * history chart and the editor's "last year" beside the field.
 */
export async function getKpiHistory(db: Kysely<Database>, kpiId: number): Promise<KpiHistory> {
  const [figures, narratives] = await Promise.all([
    db
      .selectFrom('year_figures')
      .leftJoin('departments', 'departments.id', 'year_figures.department_id')
      .selectAll('year_figures')
      .select('departments.name as department')
      .where('kpi_id', '=', kpiId)
      .execute(),
    db
      .selectFrom('narratives')
      .leftJoin('departments', 'departments.id', 'narratives.department_id')
      .selectAll('narratives')
      .select('departments.name as department')
      .where('kpi_id', '=', kpiId)
      .execute(),
  ]);
  const versioned = (row: {
    id: number;
    state: FigureState;
    version: number;
    updated_at: string;
  }) => ({
    id: row.id,
    state: row.state,
    version: row.version,
    updatedAt: row.updated_at,
  });
  return {
    figures: figures
      .sort(
        (a, b) =>
          FIGURE_SERIES.indexOf(a.series) - FIGURE_SERIES.indexOf(b.series) ||
          byDepartment(a, b) ||
          a.fiscal_year - b.fiscal_year,
      )
      .map((row) => ({
        ...versioned(row),
        kpiId: row.kpi_id,
        series: row.series,
        fiscalYear: fiscalYear(row.fiscal_year),
        department: row.department,
        figure: figureFromColumns(row),
      })),
    narratives: narratives
      .sort((a, b) => a.fiscal_year - b.fiscal_year || byDepartment(a, b))
      .map((row) => ({
        ...versioned(row),
        kpiId: row.kpi_id,
        fiscalYear: fiscalYear(row.fiscal_year),
        department: row.department,
        text: row.text,
      })),
  };
}
