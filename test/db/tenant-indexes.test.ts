import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';

/*
 * A plan's figures and narratives are found through an index on their KPI, whatever their
 * department (migration 0020, issue 25): before it, the only indexes were partial (department
 * null, or set), which a read of either kind cannot use, so every municipality's rows were read.
 * PostgreSQL is told not to scan a table whole where it has another way, since on a test's few
 * rows a scan would be its cheaper choice.
 */
forEachDatabase((kind, getDb, getHandle) => {
  for (const [table, index] of [
    ['year_figures', 'year_figures_kpi'],
    ['narratives', 'narratives_kpi'],
  ] as const) {
    it(`reads a plan's ${table} through ${index}`, async () => {
      const { planId } = await freshTenant(getHandle());
      const query = sql`select * from ${sql.table(table)} where kpi_id in (select id from kpis where plan_id = ${planId})`;
      const plan = await getDb()
        .transaction()
        .execute(async (trx) => {
          if (kind === 'postgres') {
            await sql`set local enable_seqscan = off`.execute(trx);
            const rows = await sql<{ 'QUERY PLAN': string }>`explain ${query}`.execute(trx);
            return rows.rows.map((r) => r['QUERY PLAN']).join('\n');
          }
          const rows = await sql<{ detail: string }>`explain query plan ${query}`.execute(trx);
          return rows.rows.map((r) => r.detail).join('\n');
        });
      expect(plan).toContain(index);
      expect(plan).not.toMatch(new RegExp(`(Seq Scan on|SCAN) ${table}\\b`));
    });
  }
});
