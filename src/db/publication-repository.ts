import type { Kysely } from 'kysely';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { fiscalYear } from '../domain/fiscal-year.ts';
import type { Database } from './tables.ts';

export interface Publication {
  readonly fiscalYear: FiscalYear;
  readonly publishedBy: string;
  readonly publishedAt: string;
}

export async function listPublications(
  db: Kysely<Database>,
  planId: number,
): Promise<Publication[]> {
  const rows = await db
    .selectFrom('published_years')
    .select(['fiscal_year', 'published_by', 'published_at'])
    .where('plan_id', '=', planId)
    .orderBy('fiscal_year')
    .execute();
  return rows.map((r) => ({
    fiscalYear: fiscalYear(r.fiscal_year),
    publishedBy: r.published_by,
    publishedAt: r.published_at,
  }));
}

/** Publishes a year; true when it was not published before. */
export async function publishYear(
  trx: Kysely<Database>,
  input: { planId: number; fiscalYear: FiscalYear; by: string; at: string },
): Promise<boolean> {
  const result = await trx
    .insertInto('published_years')
    .values({
      plan_id: input.planId,
      fiscal_year: input.fiscalYear,
      published_by: input.by,
      published_at: input.at,
    })
    .onConflict((oc) => oc.columns(['plan_id', 'fiscal_year']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Withdraws a year; true when it was published. */
export async function withdrawYear(
  trx: Kysely<Database>,
  planId: number,
  year: FiscalYear,
): Promise<boolean> {
  const result = await trx
    .deleteFrom('published_years')
    .where('plan_id', '=', planId)
    .where('fiscal_year', '=', year)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
