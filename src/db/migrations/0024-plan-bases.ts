import type { Kysely, Migration } from 'kysely';
import type { DatabaseKind } from '../database-kind.ts';
import { replaceKpisCheck } from './kpis-check.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

const BEFORE = "basis in ('latest', 'cumulative', 'period-sum')";
const WITH_PLAN_BASES =
  "basis in ('latest', 'cumulative', 'period-sum', 'milestone', 'milestone-sum')";

/**
 * Two bases on the yearly plans (milestones), which the CHECK of kpis.basis (0001) refused:
 * `milestone`, the year's actual against that year's own plan (R5実績 ÷ R5目標), and
 * `milestone-sum`, the period's actuals summed against its yearly plans summed (行政改革
 * 効果額 Σ実績 ÷ Σ計画). Down turns such KPIs back to their nearest basis against the target
 * (latest, period-sum), the only ones the old CHECK lets them have.
 */
export function planBasesMigration(kind: DatabaseKind): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await replaceKpisCheck(db, kind, 'basis', BEFORE, WITH_PLAN_BASES);
    },
    async down(db: Kysely<any>): Promise<void> {
      await db
        .updateTable('kpis')
        .set({ basis: 'latest' })
        .where('basis', '=', 'milestone')
        .execute();
      await db
        .updateTable('kpis')
        .set({ basis: 'period-sum' })
        .where('basis', '=', 'milestone-sum')
        .execute();
      await replaceKpisCheck(db, kind, 'basis', WITH_PLAN_BASES, BEFORE);
    },
  };
}
