import type { Kysely } from 'kysely';
import type { UnapprovedRecord } from '../domain/approved-view.ts';
import { fiscalYear } from '../domain/fiscal-year.ts';
import type { Database } from './tables.ts';

/** Every figure (actual or cumulative) and narrative of a plan's KPIs that is not approved. */
export async function listUnapproved(
  db: Kysely<Database>,
  planId: number,
): Promise<UnapprovedRecord[]> {
  const [figures, narratives] = await Promise.all([
    db
      .selectFrom('year_figures')
      .innerJoin('kpis', 'kpis.id', 'year_figures.kpi_id')
      .leftJoin('departments', 'departments.id', 'year_figures.department_id')
      .select([
        'kpis.code',
        'year_figures.fiscal_year',
        'departments.name as department',
        'year_figures.series',
        'year_figures.state',
        'year_figures.approved_text',
      ])
      .where('kpis.plan_id', '=', planId)
      .where('year_figures.series', 'in', ['actual', 'cumulative'])
      .where('year_figures.state', '!=', 'approved')
      .orderBy('year_figures.id')
      .execute(),
    db
      .selectFrom('narratives')
      .innerJoin('kpis', 'kpis.id', 'narratives.kpi_id')
      .leftJoin('departments', 'departments.id', 'narratives.department_id')
      .select([
        'kpis.code',
        'narratives.fiscal_year',
        'departments.name as department',
        'narratives.state',
        'narratives.approved_text',
      ])
      .where('kpis.plan_id', '=', planId)
      .where('narratives.state', '!=', 'approved')
      .orderBy('narratives.id')
      .execute(),
  ]);
  const unapproved = (state: string) =>
    state === 'draft' || state === 'submitted' || state === 'returned' ? state : undefined;
  const records: UnapprovedRecord[] = [];
  for (const f of figures) {
    const state = unapproved(f.state);
    if (state === undefined || f.series === 'milestone') continue;
    records.push({
      code: f.code,
      fiscalYear: fiscalYear(f.fiscal_year),
      department: f.department,
      kind: f.series,
      state,
      approvedText: f.approved_text,
    });
  }
  for (const n of narratives) {
    const state = unapproved(n.state);
    if (state === undefined) continue;
    records.push({
      code: n.code,
      fiscalYear: fiscalYear(n.fiscal_year),
      department: n.department,
      kind: 'narrative',
      state,
      approvedText: n.approved_text,
    });
  }
  return records;
}
