import type { AccountActor } from '../../domain/access.ts';
import { decideEntry, decidePlanChange, isMemberOf } from '../../domain/access.ts';
import type { AccountView } from '../../domain/api-contract.ts';

/** The signed-in user as the access rules see it (the server decides the same way). */
export function sessionActor(user: AccountView): AccountActor {
  return {
    kind: 'account',
    accountId: user.id,
    email: user.email,
    name: user.name,
    municipalityId: user.municipality.id,
    role: user.role,
    departments: user.departments,
    address: null,
  };
}

/**
 * Whether the user may enter a KPI's yearly figure and narrative: an admin of its municipality,
 * or an editor of one of its departments (⑦ 企画課); with a department, that department's row
 * of a breakdown (⑰ 上下水道課). The server checks again on every write.
 */
export function mayEnter(
  user: AccountView | null,
  municipalityId: number,
  kpiDepartments: readonly string[],
  department: string | null = null,
): boolean {
  if (user === null) return false;
  return decideEntry(sessionActor(user), municipalityId, kpiDepartments, department) === 'allowed';
}

/** Whether the user may publish or withdraw a year of a plan of the municipality (its admins). */
export function mayPublish(user: AccountView | null, municipalityId: number): boolean {
  return user !== null && decidePlanChange(sessionActor(user), municipalityId) === 'allowed';
}

/** Whether the user belongs to the municipality, and so reads its unpublished years and history. */
export function isMember(user: AccountView | null, municipalityId: number): boolean {
  return user !== null && isMemberOf(sessionActor(user), municipalityId);
}
