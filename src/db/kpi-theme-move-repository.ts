import type { Kysely } from 'kysely';
import { fiscalYear } from '../domain/fiscal-year.ts';
import type { KpiThemeMove } from '../domain/kpi-theme-moves.ts';
import type { Database } from './tables.ts';

/** A plan's KPI moves between theme programs, oldest first. */
export async function listKpiThemeMoves(
  db: Kysely<Database>,
  planId: number,
): Promise<KpiThemeMove[]> {
  const rows = await db
    .selectFrom('kpi_theme_moves')
    .innerJoin('kpis', 'kpis.id', 'kpi_theme_moves.kpi_id')
    .select([
      'kpis.code',
      'kpi_theme_moves.from_year',
      'kpi_theme_moves.policy_before',
      'kpi_theme_moves.theme_before',
      'kpi_theme_moves.after_before',
      'kpi_theme_moves.reason',
    ])
    .where('kpis.plan_id', '=', planId)
    .orderBy('kpi_theme_moves.from_year')
    .orderBy('kpi_theme_moves.id')
    .execute();
  return rows.map((row) => ({
    code: row.code,
    fromYear: fiscalYear(row.from_year),
    policyBefore: row.policy_before,
    themeBefore: row.theme_before,
    afterBefore: row.after_before,
    reason: row.reason,
  }));
}

/** Keeps where a KPI stood before a move from a year (the tree itself is saved moved). */
export async function appendKpiThemeMove(
  trx: Kysely<Database>,
  kpiId: number,
  move: Omit<KpiThemeMove, 'code'> & {
    readonly reason: string;
    readonly by: string;
    readonly at: string;
  },
): Promise<void> {
  await trx
    .insertInto('kpi_theme_moves')
    .values({
      kpi_id: kpiId,
      from_year: move.fromYear,
      policy_before: move.policyBefore,
      theme_before: move.themeBefore,
      after_before: move.afterBefore,
      reason: move.reason,
      actor: move.by,
      at: move.at,
    })
    .execute();
}
