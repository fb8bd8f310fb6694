import type { Kysely, Migration } from 'kysely';
import type { DatabaseKind } from '../database-kind.ts';
import { replaceKpisCheck } from './kpis-check.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

const TO_TARGET = "formula in ('ratio', 'progress')";
const WITH_BASE_CHANGES = "formula in ('ratio', 'progress', 'change', 'reduction', 'gap')";

/**
 * Rates that are changes against the base year (issue 24): `change`, (actual − baseline) ÷
 * baseline (増減率, 三重県's ▲1.6%), and `reduction`, (baseline − actual) ÷ baseline (純減率,
 * 軽米町's 21.5%), and the gap to the target, `gap`, (target − actual) ÷ target (乖離率, 小坂町's
 * −4.8%), which the CHECK of kpis.formula (0001) refused. Down turns such KPIs back into
 * ratios, the only way the old CHECK lets them be.
 */
export function changeFormulasMigration(kind: DatabaseKind): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await setFormulaCheck(db, kind, TO_TARGET, WITH_BASE_CHANGES);
    },
    async down(db: Kysely<any>): Promise<void> {
      await db
        .updateTable('kpis')
        .set({ formula: 'ratio' })
        .where('formula', 'in', ['change', 'reduction', 'gap'])
        .execute();
      await setFormulaCheck(db, kind, WITH_BASE_CHANGES, TO_TARGET);
    },
  };
}

/** Replaces the CHECK on kpis.formula (0023 too): `replaceKpisCheck`. */
export async function setFormulaCheck(
  db: Kysely<any>,
  kind: DatabaseKind,
  from: string,
  check: string,
): Promise<void> {
  await replaceKpisCheck(db, kind, 'formula', from, check);
}
