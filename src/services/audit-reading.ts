import type { AuditEntry } from '../db/audit-repository.ts';

export type { AuditEntry };
import { listAudit } from '../db/audit-repository.ts';
import type { Actor } from '../domain/access.ts';
import { adminRecordsScope } from '../domain/access.ts';
import { requirePlanChange } from './access.ts';
import type { Store } from './database-handle.ts';
import { ForbiddenError } from './service-errors.ts';

export interface AuditQuery {
  readonly planId?: number;
  readonly kpiCode?: string;
  readonly accountId?: number;
  readonly since?: string;
  readonly until?: string;
  readonly before?: number;
  readonly limit: number;
}

/**
 * The audit log as an admin reads it: its own municipality's entries only, newest first,
 * a page at a time. The operator (`mieruka audit`) reads every municipality's.
 */
export async function readAudit(
  store: Store,
  actor: Actor,
  query: AuditQuery,
): Promise<{ entries: AuditEntry[]; next: number | null }> {
  if (query.planId !== undefined) await requirePlanChange(store.db, actor, query.planId);
  const scope = adminRecordsScope(actor);
  if (!scope.allowed) {
    throw new ForbiddenError(
      scope.signedIn
        ? 'only an admin reads the audit log'
        : 'sign in as an admin to read the audit log',
    );
  }
  const municipalityId = scope.municipalityId ?? undefined;
  const entries = await listAudit(store.db, {
    ...query,
    ...(municipalityId === undefined ? {} : { municipalityId }),
    limit: query.limit + 1,
  });
  const page = entries.slice(0, query.limit);
  return {
    entries: page,
    next: entries.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
