import type { AuditEntry } from '../../db/audit-repository.ts';
import type { AuditEntryView } from '../../domain/api-contract.ts';

/** An entry as the API shows it: which municipality and account ids it has stay inside. */
export function presentAuditEntry({
  municipalityId: _municipality,
  accountId: _account,
  ...entry
}: AuditEntry): AuditEntryView {
  return entry;
}
