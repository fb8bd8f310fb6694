import type { Account } from '../../db/account-repository.ts';
import type { Municipality } from '../../db/records.ts';
import type { AccountView } from '../../domain/api-contract.ts';

/** An account as JSON: named fields only, so a hash can never slip out. */
export function presentAccount(account: Account, municipality: Municipality): AccountView {
  return {
    id: account.id,
    email: account.email,
    name: account.name,
    role: account.role,
    departments: [...account.departments],
    disabled: account.disabled,
    municipality: { id: municipality.id, code: municipality.code, name: municipality.name },
    version: account.version,
    passwordTemporary: account.passwordTemporary,
  };
}
