import type { Kysely } from 'kysely';
import type { Role } from '../domain/access.ts';
import type { Database } from './tables.ts';

/** An account as the services see it; the password hash travels only to the password check. */
export interface Account {
  readonly id: number;
  readonly municipalityId: number;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly departments: readonly string[];
  readonly disabled: boolean;
  readonly createdAt: string;
  readonly version: number;
  /** The password is one someone else set (printed at the first start, an admin's): change it. */
  readonly passwordTemporary: boolean;
}

export interface NewAccount {
  readonly municipalityId: number;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly departments: readonly string[];
  readonly passwordHash: string;
  readonly createdAt: string;
  /** The password is set for its owner by someone else (default: no). */
  readonly passwordTemporary?: boolean;
}

const columns = [
  'id',
  'municipality_id',
  'email',
  'display_name',
  'role',
  'disabled',
  'created_at',
  'version',
  'password_temporary',
] as const;

async function departmentsOf(db: Kysely<Database>, ids: readonly number[]) {
  const byAccount = new Map<number, string[]>();
  if (ids.length === 0) return byAccount;
  const rows = await db
    .selectFrom('account_departments')
    .select(['account_id', 'department'])
    .where('account_id', 'in', ids)
    .orderBy('department')
    .execute();
  for (const row of rows) {
    byAccount.set(row.account_id, [...(byAccount.get(row.account_id) ?? []), row.department]);
  }
  return byAccount;
}

export type AccountRow = {
  id: number;
  municipality_id: number;
  email: string;
  display_name: string;
  role: Role;
  disabled: number;
  created_at: string;
  version: number;
  password_temporary: number;
};

/** An account row with the departments already read for it. */
export function toAccount(row: AccountRow, departments: readonly string[]): Account {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    email: row.email,
    name: row.display_name,
    role: row.role,
    departments,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    version: row.version,
    passwordTemporary: row.password_temporary === 1,
  };
}

/** Account rows with their departments (one more query for all of them). */
export async function toAccounts(
  db: Kysely<Database>,
  rows: readonly AccountRow[],
): Promise<Account[]> {
  const departments = await departmentsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toAccount(row, departments.get(row.id) ?? []));
}

export async function insertAccount(trx: Kysely<Database>, input: NewAccount): Promise<Account> {
  const { id } = await trx
    .insertInto('accounts')
    .values({
      municipality_id: input.municipalityId,
      email: input.email,
      display_name: input.name,
      role: input.role,
      password_hash: input.passwordHash,
      disabled: 0,
      created_at: input.createdAt,
      password_temporary: input.passwordTemporary === true ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceDepartments(trx, id, input.departments);
  const account = await findAccountById(trx, id);
  if (!account) throw new Error(`account ${id} vanished`);
  return account;
}

export async function replaceDepartments(
  trx: Kysely<Database>,
  accountId: number,
  departments: readonly string[],
): Promise<void> {
  await trx.deleteFrom('account_departments').where('account_id', '=', accountId).execute();
  const unique = [...new Set(departments)];
  if (unique.length > 0) {
    await trx
      .insertInto('account_departments')
      .values(unique.map((department) => ({ account_id: accountId, department })))
      .execute();
  }
}

export async function findAccountById(
  db: Kysely<Database>,
  id: number,
): Promise<Account | undefined> {
  const rows = await db.selectFrom('accounts').select(columns).where('id', '=', id).execute();
  return (await toAccounts(db, rows))[0];
}

export async function findAccountByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<(Account & { readonly passwordHash: string }) | undefined> {
  const row = await db
    .selectFrom('accounts')
    .select([...columns, 'password_hash'])
    .where('email', '=', email)
    .executeTakeFirst();
  if (!row) return undefined;
  const [account] = await toAccounts(db, [row]);
  return account && { ...account, passwordHash: row.password_hash };
}

export async function listAccounts(
  db: Kysely<Database>,
  municipalityId?: number,
): Promise<Account[]> {
  let query = db.selectFrom('accounts').select(columns).orderBy('email');
  if (municipalityId !== undefined) query = query.where('municipality_id', '=', municipalityId);
  return toAccounts(db, await query.execute());
}

export async function countAccounts(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A conditional write: the account changes only at the version the caller read. */
export async function updateAccount(
  trx: Kysely<Database>,
  id: number,
  version: number,
  patch: {
    readonly name?: string;
    /** Lower-cased already. */
    readonly email?: string;
    readonly role?: Role;
    readonly disabled?: boolean;
    readonly passwordHash?: string;
    /** With a new password: whether someone else set it (to be changed by its owner). */
    readonly passwordTemporary?: boolean;
  },
): Promise<boolean> {
  const result = await trx
    .updateTable('accounts')
    .set((eb) => ({
      version: eb('version', '+', 1),
      ...(patch.name === undefined ? {} : { display_name: patch.name }),
      ...(patch.email === undefined ? {} : { email: patch.email }),
      ...(patch.role === undefined ? {} : { role: patch.role }),
      ...(patch.disabled === undefined ? {} : { disabled: patch.disabled ? 1 : 0 }),
      ...(patch.passwordHash === undefined ? {} : { password_hash: patch.passwordHash }),
      ...(patch.passwordTemporary === undefined
        ? {}
        : { password_temporary: patch.passwordTemporary ? 1 : 0 }),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The display names of a municipality's accounts by e-mail: the people a view names. */
export async function accountNamesByEmail(
  db: Kysely<Database>,
  municipalityId: number,
  emails: readonly string[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(emails)];
  const names = new Map<string, string>();
  for (let i = 0; i < wanted.length; i += 400) {
    const rows = await db
      .selectFrom('accounts')
      .select(['email', 'display_name'])
      .where('municipality_id', '=', municipalityId)
      .where('email', 'in', wanted.slice(i, i + 400))
      .execute();
    for (const r of rows) names.set(r.email, r.display_name);
  }
  return names;
}
