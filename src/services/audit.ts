import type { Kysely } from 'kysely';
import type { AuditRecord } from '../db/audit-repository.ts';
import { appendAudit } from '../db/audit-repository.ts';
import type { Database } from '../db/tables.ts';
import type { Actor } from '../domain/access.ts';
import { actorLabel } from '../domain/access.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import type { Plan } from '../domain/model.ts';
import { recordChanges, valueText } from '../domain/record-changes.ts';

/** What a service says about a change; who, when and from where are filled in here. */
export interface AuditDraft {
  readonly action: string;
  readonly entity: string;
  readonly municipalityId: number | null;
  readonly planId?: number | null;
  readonly kpiCode?: string | null;
  readonly fiscalYear?: FiscalYear | null;
  readonly field?: string | null;
  readonly oldValue?: string | null;
  readonly newValue?: string | null;
}

/** One draft per field whose value differs between two versions of a record. */
export function fieldChanges<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
  base: Omit<AuditDraft, 'field' | 'oldValue' | 'newValue'>,
): AuditDraft[] {
  return fields.flatMap((field) => {
    const oldValue = valueText(before[field]);
    const newValue = valueText(after[field]);
    return oldValue === newValue ? [] : [{ ...base, field, oldValue, newValue }];
  });
}

function toRecord(actor: Actor, at: string, draft: AuditDraft): AuditRecord {
  return {
    at,
    municipalityId: draft.municipalityId,
    accountId: actor.kind === 'account' ? actor.accountId : null,
    actor: actorLabel(actor),
    address: actor.kind === 'operator' ? null : actor.address,
    action: draft.action,
    planId: draft.planId ?? null,
    entity: draft.entity,
    kpiCode: draft.kpiCode ?? null,
    fiscalYear: draft.fiscalYear ?? null,
    field: draft.field ?? null,
    oldValue: draft.oldValue ?? null,
    newValue: draft.newValue ?? null,
  };
}

/** Appends the drafts in the caller's transaction: the change and its record land together. */
export async function audit(
  trx: Kysely<Database>,
  actor: Actor,
  drafts: readonly AuditDraft[],
  at: Date,
): Promise<void> {
  const when = at.toISOString();
  await appendAudit(
    trx,
    drafts.map((d) => toRecord(actor, when, d)),
  );
}

/** The audit drafts of a plan edit: one per field of each record it changed. */
export function changeDrafts(
  before: Plan,
  after: Plan,
  where: { municipalityId: number; planId: number },
): AuditDraft[] {
  return recordChanges(before, after).map((change) => ({
    action: `${change.entity}.${change.field === 'added' ? 'add' : 'change'}`,
    entity: change.entity,
    municipalityId: where.municipalityId,
    planId: where.planId,
    kpiCode: change.kpiCode,
    field:
      change.entity === 'policy' || change.entity === 'theme'
        ? `${change.key} ${change.field}`
        : change.field,
    oldValue: change.before,
    newValue: change.after,
  }));
}
