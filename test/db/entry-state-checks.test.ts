import { expect, it } from 'vitest';
import { ENTRY_STATES, RECORD_STATES } from '../../src/domain/entry-state.ts';
import { CUMULATIVE_LABELS } from '../../src/domain/model.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';

/*
 * The domain's state lists and the database's check constraints must agree: every state the
 * domain names is accepted, and a state it does not name is refused by the database itself.
 */
forEachDatabase((_kind, getDb, getHandle) => {
  it('accepts every record state on figures and narratives, and refuses another', async () => {
    const { planId } = await freshTenant(getHandle());
    const db = getDb();
    const kpiIds = db.selectFrom('kpis').select('id').where('plan_id', '=', planId);
    const figure = await db
      .selectFrom('year_figures')
      .select('id')
      .where('kpi_id', 'in', kpiIds)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    for (const state of RECORD_STATES) {
      await db.updateTable('year_figures').set({ state }).where('id', '=', figure.id).execute();
      await db.updateTable('narratives').set({ state }).where('kpi_id', 'in', kpiIds).execute();
    }
    await expect(
      db
        .updateTable('year_figures')
        // @ts-expect-error -- a state the domain does not name, sent as SQL would
        .set({ state: 'not_started' })
        .where('id', '=', figure.id)
        .execute(),
    ).rejects.toThrow();
  });

  it('accepts every printed label of a cumulative row, and refuses another', async () => {
    const { planId } = await freshTenant(getHandle());
    const db = getDb();
    const kpis = db.updateTable('kpis').where('plan_id', '=', planId);
    for (const label of CUMULATIVE_LABELS) await kpis.set({ cumulative_label: label }).execute();
    await expect(
      // @ts-expect-error -- a label the domain does not name, sent as SQL would
      kpis.set({ cumulative_label: '小計' }).execute(),
    ).rejects.toThrow();
  });

  it('accepts every entry state on round entries, and refuses another', async () => {
    const { planId } = await freshTenant(getHandle());
    const db = getDb();
    const kpi = await db
      .selectFrom('kpi_departments')
      .innerJoin('kpis', 'kpis.id', 'kpi_departments.kpi_id')
      .select(['kpi_departments.kpi_id', 'kpi_departments.department_id'])
      .where('kpis.plan_id', '=', planId)
      .executeTakeFirstOrThrow();
    const round = await db
      .insertInto('rounds')
      .values({
        plan_id: planId,
        fiscal_year: 2024,
        due_date: '2025-05-31',
        state: 'open',
        opened_by: 'test',
        opened_at: '2025-04-01T00:00:00.000Z',
        closed_by: null,
        closed_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const entry = await db
      .insertInto('round_entries')
      .values({
        round_id: round.id,
        kpi_id: kpi.kpi_id,
        department_id: kpi.department_id,
        state: 'not_started',
        updated_by: 'test',
        updated_at: '2025-04-01T00:00:00.000Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const state of ENTRY_STATES) {
      await db.updateTable('round_entries').set({ state }).where('id', '=', entry.id).execute();
    }
    await expect(
      db
        .updateTable('round_entries')
        // @ts-expect-error -- a state the domain does not name
        .set({ state: 'pending' })
        .where('id', '=', entry.id)
        .execute(),
    ).rejects.toThrow();
  });
});
