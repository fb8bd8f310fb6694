import { Migrator, sql } from 'kysely';
import { expect, it } from 'vitest';
import { MigrationError } from '../../src/db/errors.ts';
import { migrateToLatest, pendingMigrations } from '../../src/db/migrate.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import type { DatabaseKind } from '../../src/db/database-kind.ts';
import { createTestDatabase, eachDatabase } from '../support/databases.ts';
import { freshMunicipality, freshPlan } from '../support/fresh-plan.ts';

/** A migrator of the test's own database (on PostgreSQL, its own schema), to go up step by step. */
async function migratorOf(
  kind: DatabaseKind,
  target: Awaited<ReturnType<typeof createTestDatabase>>,
): Promise<Migrator> {
  const schema =
    kind === 'postgres'
      ? (await sql<{ name: string }>`select current_schema() as name`.execute(target.db)).rows[0]
          ?.name
      : undefined;
  return new Migrator({
    db: target.db,
    provider: { getMigrations: async () => migrations(kind) },
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
}

eachDatabase((kind) => {
  it('run up from an empty database, then have nothing left to do', async () => {
    const target = await createTestDatabase(kind, { migrate: false });
    try {
      expect(await pendingMigrations(target)).toEqual([
        '0001-initial',
        '0002-plan-revision',
        '0003-kpi-extras',
        '0004-record-versions',
        '0005-accounts-audit',
        '0006-collection-round',
        '0007-approved-copy',
        '0008-publication-events',
        '0009-import-mappings',
        '0010-cumulative-label',
        '0011-entry-review',
        '0012-kpi-changes',
        '0013-temporary-password',
        '0014-evaluations',
        '0015-department-renames',
        '0016-kpi-continuations',
        '0017-tree-renames',
        '0018-kpi-valid-range',
        '0019-department-merges',
        '0020-tenant-indexes',
        '0021-kpi-theme-moves',
        '0022-change-formulas',
        '0023-target-formulas',
        '0024-plan-bases',
      ]);
      expect(await migrateToLatest(target)).toEqual([
        '0001-initial',
        '0002-plan-revision',
        '0003-kpi-extras',
        '0004-record-versions',
        '0005-accounts-audit',
        '0006-collection-round',
        '0007-approved-copy',
        '0008-publication-events',
        '0009-import-mappings',
        '0010-cumulative-label',
        '0011-entry-review',
        '0012-kpi-changes',
        '0013-temporary-password',
        '0014-evaluations',
        '0015-department-renames',
        '0016-kpi-continuations',
        '0017-tree-renames',
        '0018-kpi-valid-range',
        '0019-department-merges',
        '0020-tenant-indexes',
        '0021-kpi-theme-moves',
        '0022-change-formulas',
        '0023-target-formulas',
        '0024-plan-bases',
      ]);
      expect(await migrateToLatest(target)).toEqual([]);
      // Other test files' schemas are visible on PostgreSQL: look at this one's only.
      const schema =
        kind === 'postgres'
          ? (await sql<{ name: string }>`select current_schema() as name`.execute(target.db))
              .rows[0]?.name
          : undefined;
      const tables = (await target.db.introspection.getTables())
        .filter((t) => t.schema === schema)
        .map((t) => t.name)
        .sort();
      expect(tables).toEqual([
        'account_departments',
        'accounts',
        'audit_log',
        'basic_policies',
        'department_renames',
        'departments',
        'entry_comments',
        'evaluation_schemes',
        'evaluations',
        'import_mappings',
        'kpi_changes',
        'kpi_continuations',
        'kpi_department_moves',
        'kpi_departments',
        'kpi_theme_moves',
        'kpis',
        'municipalities',
        'narratives',
        'outbox',
        'plans',
        'publication_events',
        'published_years',
        'round_entries',
        'rounds',
        'sessions',
        'sign_in_failures',
        'theme_programs',
        'tree_renames',
        'year_figures',
      ]);
    } finally {
      await target.destroy();
    }
  });

  it('0014 lets accounts be committee members, keeping every account, its departments and sessions', async () => {
    const target = await createTestDatabase(kind, { migrate: false });
    try {
      const migrator = await migratorOf(kind, target);
      expect((await migrator.migrateTo('0013-temporary-password')).error).toBeUndefined();
      const db = target.db;
      const { id: municipalityId } = await db
        .insertInto('municipalities')
        .values({ code: '052078', name: '湯沢市' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const account = (email: string, role: 'editor' | 'committee') =>
        db
          .insertInto('accounts')
          .values({
            municipality_id: municipalityId,
            email,
            display_name: email,
            role,
            password_hash: 'x',
            disabled: 0,
            created_at: '2025-04-01T00:00:00.000Z',
          })
          .returning('id')
          .executeTakeFirstOrThrow();
      await expect(account('committee@example.jp', 'committee')).rejects.toThrow();
      const { id: editorId } = await account('kikaku@example.jp', 'editor');
      await db
        .insertInto('account_departments')
        .values({ account_id: editorId, department: '企画課' })
        .execute();
      await db
        .insertInto('sessions')
        .values({
          token_hash: 'h',
          account_id: editorId,
          csrf_token: 'c',
          created_at: '2025-04-01T00:00:00.000Z',
          last_seen_at: '2025-04-01T00:00:00.000Z',
          address: null,
        })
        .execute();
      expect(await migrateToLatest(target)).toEqual([
        '0014-evaluations',
        '0015-department-renames',
        '0016-kpi-continuations',
        '0017-tree-renames',
        '0018-kpi-valid-range',
        '0019-department-merges',
        '0020-tenant-indexes',
        '0021-kpi-theme-moves',
        '0022-change-formulas',
        '0023-target-formulas',
        '0024-plan-bases',
      ]);
      expect(await db.selectFrom('account_departments').selectAll().execute()).toEqual([
        { account_id: editorId, department: '企画課' },
      ]);
      expect(await db.selectFrom('sessions').select('account_id').execute()).toEqual([
        { account_id: editorId },
      ]);
      const { id: committeeId } = await account('committee@example.jp', 'committee');
      expect(committeeId).toBeGreaterThan(editorId);
      await expect(
        sql`insert into accounts (municipality_id, email, display_name, role, password_hash, disabled, created_at) values (${municipalityId}, 'boss@example.jp', 'boss', 'boss', 'x', 0, '2025')`.execute(
          db,
        ),
      ).rejects.toThrow();
      // The account's foreign keys still hold: removing it removes its sessions.
      await db.deleteFrom('accounts').where('id', '=', editorId).execute();
      expect(await db.selectFrom('sessions').selectAll().execute()).toEqual([]);
      if (kind === 'sqlite') {
        const pragma = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
        expect(pragma.rows[0]?.foreign_keys).toBe(1);
      }
    } finally {
      await target.destroy();
    }
  });

  it('0022 lets a KPI rate be a change against the base year, keeping every KPI and its figures', async () => {
    const target = await createTestDatabase(kind, { migrate: false });
    try {
      const migrator = await migratorOf(kind, target);
      expect((await migrator.migrateTo('0021-kpi-theme-moves')).error).toBeUndefined();
      const db = target.db;
      const municipality = await freshMunicipality(db);
      const planId = await freshPlan(db, municipality);
      const kpis = () =>
        db.selectFrom('kpis').select(['code', 'formula']).where('plan_id', '=', planId).execute();
      const before = await kpis();
      const figures = await db.selectFrom('year_figures').select('id').execute();
      const setFormula = (formula: string) =>
        sql`update kpis set formula = ${formula} where plan_id = ${planId} and code = '⑭'`.execute(
          db,
        );
      await expect(setFormula('change')).rejects.toThrow();
      expect(await migrateToLatest(target)).toEqual([
        '0022-change-formulas',
        '0023-target-formulas',
        '0024-plan-bases',
      ]);
      expect(await kpis()).toEqual(before);
      expect(await db.selectFrom('year_figures').select('id').execute()).toEqual(figures);
      await setFormula('change');
      await setFormula('reduction');
      await setFormula('gap');
      await setFormula('deviation');
      await setFormula('two-minus-ratio');
      await expect(setFormula('share')).rejects.toThrow();
      // kpis' foreign keys and unique code still hold after SQLite's rebuild.
      await expect(
        sql`insert into kpis select * from kpis where plan_id = ${planId} and code = '⑭'`.execute(
          db,
        ),
      ).rejects.toThrow();
      await db.deleteFrom('kpis').where('plan_id', '=', planId).execute();
      expect(await db.selectFrom('year_figures').select('id').execute()).toEqual([]);
      if (kind === 'sqlite') {
        const pragma = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
        expect(pragma.rows[0]?.foreign_keys).toBe(1);
      }
      // Down 0024, 0023 and 0022.
      for (let step = 0; step < 3; step += 1)
        expect((await migrator.migrateDown()).error).toBeUndefined();
      expect(await kpis()).toEqual([]);
    } finally {
      await target.destroy();
    }
  });

  it('0023 lets a KPI rate be 2 − actual ÷ target or the deviation from the target, and down turns them into ratios', async () => {
    const target = await createTestDatabase(kind, { migrate: false });
    try {
      const migrator = await migratorOf(kind, target);
      expect((await migrator.migrateTo('0022-change-formulas')).error).toBeUndefined();
      const db = target.db;
      const planId = await freshPlan(db, await freshMunicipality(db));
      const formulaOf = async (code: string) =>
        (
          await db
            .selectFrom('kpis')
            .select('formula')
            .where('plan_id', '=', planId)
            .where('code', '=', code)
            .executeTakeFirstOrThrow()
        ).formula;
      const setFormula = (code: string, formula: string) =>
        sql`update kpis set formula = ${formula} where plan_id = ${planId} and code = ${code}`.execute(
          db,
        );
      await expect(setFormula('⑦', 'two-minus-ratio')).rejects.toThrow();
      expect((await migrator.migrateTo('0023-target-formulas')).error).toBeUndefined();
      await setFormula('⑦', 'two-minus-ratio');
      await setFormula('⑭', 'deviation');
      await setFormula('①', 'gap');
      expect((await migrator.migrateDown()).error).toBeUndefined();
      expect([await formulaOf('⑦'), await formulaOf('⑭'), await formulaOf('①')]).toEqual([
        'ratio',
        'ratio',
        'gap',
      ]);
      await expect(setFormula('⑦', 'deviation')).rejects.toThrow();
    } finally {
      await target.destroy();
    }
  });

  it('0024 lets a KPI be rated against its yearly plans, and down turns such KPIs to their nearest basis', async () => {
    const target = await createTestDatabase(kind, { migrate: false });
    try {
      const migrator = await migratorOf(kind, target);
      expect((await migrator.migrateTo('0023-target-formulas')).error).toBeUndefined();
      const db = target.db;
      const planId = await freshPlan(db, await freshMunicipality(db));
      const kpis = () =>
        db
          .selectFrom('kpis')
          .select(['code', 'basis', 'formula', 'title'])
          .where('plan_id', '=', planId)
          .orderBy('code')
          .execute();
      const basisOf = async (code: string) => (await kpis()).find((k) => k.code === code)?.basis;
      const setBasis = (code: string, basis: string) =>
        sql`update kpis set basis = ${basis} where plan_id = ${planId} and code = ${code}`.execute(
          db,
        );
      await expect(setBasis('①', 'milestone')).rejects.toThrow();
      const before = await kpis();
      const figures = await db.selectFrom('year_figures').select('id').execute();
      expect(await migrateToLatest(target)).toEqual(['0024-plan-bases']);
      expect(await kpis()).toEqual(before);
      expect(await db.selectFrom('year_figures').select('id').execute()).toEqual(figures);
      await setBasis('①', 'milestone');
      await setBasis('②', 'milestone-sum');
      await setBasis('⑪', 'period-sum');
      await expect(setBasis('⑦', 'milestones')).rejects.toThrow();
      expect((await migrator.migrateDown()).error).toBeUndefined();
      expect([await basisOf('①'), await basisOf('②'), await basisOf('⑪')]).toEqual([
        'latest',
        'period-sum',
        'period-sum',
      ]);
      await expect(setBasis('①', 'milestone')).rejects.toThrow();
      if (kind === 'sqlite') {
        const pragma = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
        expect(pragma.rows[0]?.foreign_keys).toBe(1);
      }
    } finally {
      await target.destroy();
    }
  });

  it('refuse a database whose history diverges from this build', async () => {
    const target = await createTestDatabase(kind);
    try {
      await sql`insert into kysely_migration (name, timestamp) values (${'0002-from-elsewhere'}, ${'2024-01-01T00:00:00.000Z'})`.execute(
        target.db,
      );
      await expect(migrateToLatest(target)).rejects.toThrow(MigrationError);
      await expect(migrateToLatest(target)).rejects.toThrow(/0002-from-elsewhere/);
    } finally {
      await target.destroy();
    }
  });
}, 'migrations on ');
