import type { Kysely, Migration } from 'kysely';
import type { DatabaseKind } from '../database-kind.ts';
import { setFormulaCheck } from './0022-change-formulas.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

const BEFORE = "formula in ('ratio', 'progress', 'change', 'reduction', 'gap')";
const WITH_TARGET_FORMULAS =
  "formula in ('ratio', 'progress', 'change', 'reduction', 'gap', 'deviation', 'two-minus-ratio')";

/**
 * Two more ways a printed rate is reckoned against the target (issue 24), which the CHECK of
 * kpis.formula (0022) refused: `deviation`, (actual − target) ÷ target (乖離率 signed as 八街市
 * prints it), and `two-minus-ratio`, 2 − actual ÷ target (長崎市's figures to bring down: 0.24
 * against 0.30 → 120.0%). Down turns such KPIs back into ratios, as 0022's down does.
 */
export function targetFormulasMigration(kind: DatabaseKind): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await setFormulaCheck(db, kind, BEFORE, WITH_TARGET_FORMULAS);
    },
    async down(db: Kysely<any>): Promise<void> {
      await db
        .updateTable('kpis')
        .set({ formula: 'ratio' })
        .where('formula', 'in', ['deviation', 'two-minus-ratio'])
        .execute();
      await setFormulaCheck(db, kind, WITH_TARGET_FORMULAS, BEFORE);
    },
  };
}
