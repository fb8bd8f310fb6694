import type { Kysely } from 'kysely';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { fiscalYear } from '../domain/fiscal-year.ts';
import type { Database } from './tables.ts';

/** One change as the log keeps it: who, when, from where, what, old and new value. */
export interface AuditRecord {
  readonly at: string;
  readonly municipalityId: number | null;
  readonly accountId: number | null;
  readonly actor: string;
  readonly address: string | null;
  /** What happened: figure.enter, kpi.update, plan.import, session.sign_in … */
  readonly action: string;
  readonly planId: number | null;
  /** What it happened to: figure, narrative, kpi, plan, policy, theme, account, session … */
  readonly entity: string;
  readonly kpiCode: string | null;
  readonly fiscalYear: FiscalYear | null;
  readonly field: string | null;
  readonly oldValue: string | null;
  readonly newValue: string | null;
}

export interface AuditEntry extends AuditRecord {
  readonly id: number;
  /** The account's display name today (null for the command line and visitors). */
  readonly actorName: string | null;
}

export interface AuditFilter {
  readonly municipalityId?: number;
  readonly planId?: number;
  readonly kpiCode?: string;
  readonly accountId?: number;
  readonly since?: string;
  readonly until?: string;
  /** Entries with a smaller id (the next page, newest first). */
  readonly before?: number;
  readonly limit: number;
}

/**
 * Appends entries in the caller's transaction, so a change and its record land together or
 * not at all. Nothing updates or deletes an entry: the log is append-only.
 */
export async function appendAudit(
  trx: Kysely<Database>,
  records: readonly AuditRecord[],
): Promise<void> {
  if (records.length === 0) return;
  await trx
    .insertInto('audit_log')
    .values(
      records.map((r) => ({
        at: r.at,
        municipality_id: r.municipalityId,
        account_id: r.accountId,
        actor: r.actor,
        address: r.address,
        action: r.action,
        plan_id: r.planId,
        entity: r.entity,
        kpi_code: r.kpiCode,
        fiscal_year: r.fiscalYear,
        field: r.field,
        old_value: r.oldValue,
        new_value: r.newValue,
      })),
    )
    .execute();
}

/** Entries newest first, filtered and paged by id. */
export async function listAudit(db: Kysely<Database>, filter: AuditFilter): Promise<AuditEntry[]> {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('accounts', 'accounts.id', 'audit_log.account_id')
    .selectAll('audit_log')
    .select('accounts.display_name')
    .orderBy('audit_log.id', 'desc')
    .limit(filter.limit);
  if (filter.municipalityId !== undefined)
    query = query.where('audit_log.municipality_id', '=', filter.municipalityId);
  if (filter.planId !== undefined) query = query.where('audit_log.plan_id', '=', filter.planId);
  if (filter.kpiCode !== undefined) query = query.where('audit_log.kpi_code', '=', filter.kpiCode);
  if (filter.accountId !== undefined)
    query = query.where('audit_log.account_id', '=', filter.accountId);
  if (filter.since !== undefined) query = query.where('audit_log.at', '>=', filter.since);
  if (filter.until !== undefined) query = query.where('audit_log.at', '<', filter.until);
  if (filter.before !== undefined) query = query.where('audit_log.id', '<', filter.before);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    municipalityId: r.municipality_id,
    accountId: r.account_id,
    actor: r.actor,
    actorName: r.display_name,
    address: r.address,
    action: r.action,
    planId: r.plan_id,
    entity: r.entity,
    kpiCode: r.kpi_code,
    fiscalYear: r.fiscal_year === null ? null : fiscalYear(r.fiscal_year),
    field: r.field,
    oldValue: r.old_value,
    newValue: r.new_value,
  }));
}
