import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { MigrationError } from '../../src/db/errors.ts';
import { migrateToLatest, pendingMigrations } from '../../src/db/migrate.ts';
import { createTestDatabase, eachDatabase } from '../support/databases.ts';

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
        '0015-department-renames',
        '0016-kpi-continuations',
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
        '0015-department-renames',
        '0016-kpi-continuations',
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
        'import_mappings',
        'kpi_changes',
        'kpi_continuations',
        'kpi_departments',
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
        'year_figures',
      ]);
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
