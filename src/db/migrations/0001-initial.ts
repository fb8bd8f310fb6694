import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import { sql } from 'kysely';
import type { DatabaseKind } from '../database-kind.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration is frozen against the schema of its day, not today's table types */

const STATES = sql`('draft', 'submitted', 'returned', 'approved')`;

/** The schema of the whole plan model: tenants, departments, the plan tree, KPIs, figures. */
export function initialMigration(kind: DatabaseKind): Migration {
  // The one dialect difference: an integer key the database numbers itself.
  const withId = <T extends string>(table: CreateTableBuilder<T, never>) =>
    kind === 'postgres'
      ? table.addColumn('id', 'serial', (c) => c.primaryKey())
      : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());

  return {
    async up(db: Kysely<any>): Promise<void> {
      await withId(db.schema.createTable('municipalities'))
        .addColumn('code', 'text', (c) =>
          c
            .notNull()
            .unique()
            .check(sql`length(code) = 6`),
        )
        .addColumn('name', 'text', (c) => c.notNull())
        .execute();

      await withId(db.schema.createTable('departments'))
        .addColumn('municipality_id', 'integer', (c) =>
          c.notNull().references('municipalities.id').onDelete('cascade'),
        )
        .addColumn('name', 'text', (c) => c.notNull())
        .addUniqueConstraint('departments_name_unique', ['municipality_id', 'name'])
        .execute();

      await withId(db.schema.createTable('plans'))
        .addColumn('municipality_id', 'integer', (c) =>
          c.notNull().references('municipalities.id').onDelete('cascade'),
        )
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('start_year', 'integer')
        .addColumn('end_year', 'integer')
        .addColumn('rate_precision', 'text', (c) => c.notNull())
        .addColumn('grade_scale', 'text', (c) => c.notNull())
        .addUniqueConstraint('plans_name_unique', ['municipality_id', 'name'])
        .execute();

      await withId(db.schema.createTable('basic_policies'))
        .addColumn('plan_id', 'integer', (c) =>
          c.notNull().references('plans.id').onDelete('cascade'),
        )
        .addColumn('number', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('sort_order', 'integer', (c) => c.notNull())
        .addUniqueConstraint('basic_policies_number_unique', ['plan_id', 'number'])
        .execute();

      await withId(db.schema.createTable('theme_programs'))
        .addColumn('policy_id', 'integer', (c) =>
          c.notNull().references('basic_policies.id').onDelete('cascade'),
        )
        .addColumn('number', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('action_items', 'text', (c) => c.notNull())
        .addColumn('sort_order', 'integer', (c) => c.notNull())
        .addUniqueConstraint('theme_programs_number_unique', ['policy_id', 'number'])
        .execute();

      await withId(db.schema.createTable('kpis'))
        .addColumn('plan_id', 'integer', (c) =>
          c.notNull().references('plans.id').onDelete('cascade'),
        )
        .addColumn('theme_id', 'integer', (c) =>
          c.notNull().references('theme_programs.id').onDelete('cascade'),
        )
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('tags', 'text', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('baseline_value', 'text')
        .addColumn('baseline_year', 'integer')
        .addColumn('counting', 'text', (c) =>
          c.notNull().check(sql`counting in ('single-year', 'cumulative')`),
        )
        .addColumn('direction', 'text', (c) =>
          c.notNull().check(sql`direction in ('increase', 'decrease', 'maintain')`),
        )
        .addColumn('basis', 'text', (c) =>
          c.notNull().check(sql`basis in ('latest', 'cumulative', 'period-sum')`),
        )
        .addColumn('formula', 'text', (c) =>
          c.notNull().check(sql`formula in ('ratio', 'progress')`),
        )
        .addColumn('target_kind', 'text', (c) =>
          c.check(sql`target_kind in ('value', 'at-least', 'at-most', 'maintain')`),
        )
        .addColumn('target_value', 'text')
        .addColumn('target_year', 'integer')
        .addColumn('sort_order', 'integer', (c) => c.notNull())
        .addColumn('retired', 'integer', (c) =>
          c
            .notNull()
            .defaultTo(0)
            .check(sql`retired in (0, 1)`),
        )
        .addUniqueConstraint('kpis_code_unique', ['plan_id', 'code'])
        .execute();
      await db.schema.createIndex('kpis_theme').on('kpis').column('theme_id').execute();

      await db.schema
        .createTable('kpi_departments')
        .addColumn('kpi_id', 'integer', (c) =>
          c.notNull().references('kpis.id').onDelete('cascade'),
        )
        .addColumn('department_id', 'integer', (c) =>
          c.notNull().references('departments.id').onDelete('cascade'),
        )
        .addColumn('sort_order', 'integer', (c) => c.notNull())
        .addColumn('responsible', 'integer', (c) => c.notNull().check(sql`responsible in (0, 1)`))
        .addPrimaryKeyConstraint('kpi_departments_pk', ['kpi_id', 'department_id'])
        .execute();

      await withId(db.schema.createTable('year_figures'))
        .addColumn('kpi_id', 'integer', (c) =>
          c.notNull().references('kpis.id').onDelete('cascade'),
        )
        .addColumn('series', 'text', (c) =>
          c.notNull().check(sql`series in ('actual', 'cumulative', 'milestone')`),
        )
        .addColumn('department_id', 'integer', (c) =>
          c.references('departments.id').onDelete('cascade'),
        )
        .addColumn('fiscal_year', 'integer', (c) => c.notNull())
        .addColumn('value', 'text')
        .addColumn('secondary', 'text')
        .addColumn('mark', 'text')
        .addColumn('estimate', 'integer', (c) => c.notNull().check(sql`estimate in (0, 1)`))
        .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ${STATES}`))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // A null department is the KPI's own row; both databases treat nulls as distinct in a
      // unique index, so each case gets its own partial index.
      await db.schema
        .createIndex('year_figures_kpi_unique')
        .on('year_figures')
        .columns(['kpi_id', 'series', 'fiscal_year'])
        .unique()
        .where(sql.ref('department_id'), 'is', null)
        .execute();
      await db.schema
        .createIndex('year_figures_department_unique')
        .on('year_figures')
        .columns(['kpi_id', 'series', 'department_id', 'fiscal_year'])
        .unique()
        .where(sql.ref('department_id'), 'is not', null)
        .execute();

      await withId(db.schema.createTable('narratives'))
        .addColumn('kpi_id', 'integer', (c) =>
          c.notNull().references('kpis.id').onDelete('cascade'),
        )
        .addColumn('fiscal_year', 'integer', (c) => c.notNull())
        .addColumn('department_id', 'integer', (c) =>
          c.references('departments.id').onDelete('cascade'),
        )
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ${STATES}`))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('narratives_kpi_unique')
        .on('narratives')
        .columns(['kpi_id', 'fiscal_year'])
        .unique()
        .where(sql.ref('department_id'), 'is', null)
        .execute();
      await db.schema
        .createIndex('narratives_department_unique')
        .on('narratives')
        .columns(['kpi_id', 'fiscal_year', 'department_id'])
        .unique()
        .where(sql.ref('department_id'), 'is not', null)
        .execute();
    },

    async down(db: Kysely<any>): Promise<void> {
      for (const table of [
        'narratives',
        'year_figures',
        'kpi_departments',
        'kpis',
        'theme_programs',
        'basic_policies',
        'plans',
        'departments',
        'municipalities',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
