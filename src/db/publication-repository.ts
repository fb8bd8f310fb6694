import type { Kysely } from 'kysely';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { fiscalYear } from '../domain/fiscal-year.ts';
import type { PublicationEvent } from '../domain/publication-notice.ts';
import type { Database } from './tables.ts';

export type { PublicationEvent };

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

export async function isPublished(
  db: Kysely<Database>,
  planId: number,
  year: FiscalYear,
): Promise<boolean> {
  const row = await db
    .selectFrom('published_years')
    .select('fiscal_year')
    .where('plan_id', '=', planId)
    .where('fiscal_year', '=', year)
    .executeTakeFirst();
  return row !== undefined;
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

export async function addPublicationEvents(
  trx: Kysely<Database>,
  planId: number,
  events: readonly Omit<PublicationEvent, 'id'>[],
): Promise<void> {
  if (events.length === 0) return;
  await trx
    .insertInto('publication_events')
    .values(
      events.map((e) => ({
        plan_id: planId,
        fiscal_year: e.fiscalYear,
        kind: e.kind,
        kpi_code: e.kpiCode,
        department: e.department,
        field: e.field,
        old_text: e.oldText,
        new_text: e.newText,
        reason: e.reason,
        at: e.at,
      })),
    )
    .execute();
}

/**
 * A plan's events, newest first. Corrections are of the years published now only: a year
 * withdrawn takes its corrections out of view with its figures; the publish and withdraw
 * events themselves say nothing a visitor may not read.
 */
export async function listPublicationEvents(
  db: Kysely<Database>,
  planId: number,
  limit: number,
): Promise<PublicationEvent[]> {
  const rows = await db
    .selectFrom('publication_events')
    .selectAll()
    .where('plan_id', '=', planId)
    .where((eb) =>
      eb.or([
        eb('kind', '!=', 'correction'),
        eb(
          'fiscal_year',
          'in',
          eb.selectFrom('published_years').select('fiscal_year').where('plan_id', '=', planId),
        ),
      ]),
    )
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    fiscalYear: fiscalYear(r.fiscal_year),
    kind: r.kind,
    kpiCode: r.kpi_code,
    department: r.department,
    field: r.field,
    oldText: r.old_text,
    newText: r.new_text,
    reason: r.reason,
    at: r.at,
  }));
}

/**
 * Every fiscal year of a plan that was ever public: published now, or published once and
 * withdrawn since (its publish event stays). What was read by the public is a record.
 */
export async function everPublishedYears(
  db: Kysely<Database>,
  planId: number,
): Promise<FiscalYear[]> {
  const now = await listPublications(db, planId);
  const events = await db
    .selectFrom('publication_events')
    .select('fiscal_year')
    .where('plan_id', '=', planId)
    .where('kind', '=', 'publish')
    .execute();
  const years = new Set([...now.map((p) => p.fiscalYear), ...events.map((e) => e.fiscal_year)]);
  return [...years].sort((a, b) => a - b).map((y) => fiscalYear(y));
}
