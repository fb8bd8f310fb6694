import type { Account } from '../db/account-repository.ts';
import {
  countAccounts,
  findAccountByEmail,
  findAccountById,
  insertAccount,
  listAccounts,
  replaceDepartments,
  updateAccount,
} from '../db/account-repository.ts';
import { ConflictError, DuplicateError, NotFoundError } from '../db/errors.ts';
import {
  ensureMunicipality,
  findMunicipalityByCode,
  findMunicipalityById,
} from '../db/municipality-repository.ts';
import type { Municipality } from '../db/records.ts';
import { deleteAccountSessions } from '../db/session-repository.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import type { Actor, Role } from '../domain/access.ts';
import { adminRecordsScope, decideAccountChange, isMemberOf, SYSTEM } from '../domain/access.ts';
import { audit, fieldChanges } from './audit.ts';
import type { Store } from './database-handle.ts';
import { requireKnownDepartments } from './departments.ts';
import {
  hashPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  randomPassword,
  verifyPassword,
} from './password.ts';
import { limitedPasswordCheck } from './password-attempts.ts';
import { ForbiddenError, ValidationError } from './service-errors.ts';
import { normalizeEmail } from './sessions.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkEmail(email: string): string {
  const normalized = normalizeEmail(email);
  if (!EMAIL.test(normalized) || normalized.length > 254) {
    throw new ValidationError('email', `not an e-mail address: "${email}"`);
  }
  return normalized;
}

/** Refuses a password that is too short or too long, naming the field. */
export function checkPassword(password: string, field = 'password'): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError(field, `use at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new ValidationError(field, `use at most ${MAX_PASSWORD_LENGTH} characters`);
  }
}

function requireAccountChange(actor: Actor, municipalityId: number, key: string): void {
  const decision = decideAccountChange(actor, municipalityId);
  if (decision === 'not_found') throw new NotFoundError('account', key);
  if (decision === 'forbidden') throw new ForbiddenError('only an admin may manage accounts');
}

export interface NewAccountInput {
  readonly email: string;
  readonly name?: string;
  readonly role: Role;
  readonly departments: readonly string[];
  readonly password: string;
  /** The operator names any municipality; an admin adds to its own. */
  readonly municipality?: { readonly code: string; readonly name: string };
}

/** Adds an account; an editor needs at least one department. */
export async function addAccount(
  store: Store,
  input: NewAccountInput,
  actor: Actor,
  now: Date,
): Promise<Account> {
  const email = checkEmail(input.email);
  checkPassword(input.password);
  if (input.role === 'editor' && input.departments.length === 0) {
    throw new ValidationError('departments', 'an editor belongs to at least one department');
  }
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(
    store,
    async (trx) => {
      let municipalityId: number;
      if (actor.kind === 'account') {
        municipalityId = actor.municipalityId;
      } else if (input.municipality) {
        municipalityId = (await ensureMunicipality(trx, input.municipality)).id;
      } else {
        throw new ValidationError('municipality', 'name the municipality of the account');
      }
      requireAccountChange(actor, municipalityId, email);
      await requireKnownDepartments(trx, municipalityId, input.departments);
      // One answer whichever municipality holds it: the address is taken, nothing more.
      if (await findAccountByEmail(trx, email)) throw emailTaken();
      const account = await insertAccount(trx, {
        municipalityId,
        email,
        name: input.name?.trim() || email,
        role: input.role,
        departments: input.departments,
        passwordHash,
        createdAt: now.toISOString(),
        // Whoever adds an account knows its first password: its owner is asked to change it.
        passwordTemporary: true,
      });
      await audit(
        trx,
        actor,
        [
          {
            action: 'account.add',
            entity: 'account',
            municipalityId,
            field: 'email',
            newValue: email,
          },
          {
            action: 'account.add',
            entity: 'account',
            municipalityId,
            field: 'role',
            newValue: account.role,
          },
          ...(account.departments.length > 0
            ? [
                {
                  action: 'account.add',
                  entity: 'account',
                  municipalityId,
                  field: 'departments',
                  newValue: account.departments.join(', '),
                },
              ]
            : []),
        ],
        now,
      );
      return account;
    },
    { uniqueFields: { accounts: 'email' } },
  ).catch((error: unknown) => {
    // A racing add of the same address: the same answer as the check above.
    throw error instanceof DuplicateError && error.field === 'email' ? emailTaken() : error;
  });
}

/**
 * An e-mail address names one account in the whole deployment (it is the sign-in name), so a
 * taken one is refused (409) with the same words whether the account is of the admin's own
 * municipality or another's, never saying which.
 */
const emailTaken = (): DuplicateError =>
  new DuplicateError('email', 'email: an account with this e-mail address exists already');

/**
 * A signed-in person changes its own name or e-mail address (its sign-in name), whatever its
 * role: an admin too, who otherwise could not (issue 23). A taken address is refused as when
 * adding one; both changes are audited.
 */
export async function updateOwnProfile(
  store: Store,
  actor: Actor,
  input: { readonly name?: string; readonly email?: string },
  now: Date,
): Promise<Account> {
  if (actor.kind !== 'account') throw new ForbiddenError('sign in to change your details');
  const email = input.email === undefined ? undefined : checkEmail(input.email);
  const name = input.name?.trim();
  if (name === '') throw new ValidationError('name', 'give a name');
  return writeTransaction(
    store,
    async (trx) => {
      const current = await findAccountById(trx, actor.accountId);
      if (!current) throw new NotFoundError('account', String(actor.accountId));
      const next = { name: name ?? current.name, email: email ?? current.email };
      if (next.email !== current.email && (await findAccountByEmail(trx, next.email))) {
        throw emailTaken();
      }
      if (!(await updateAccount(trx, current.id, current.version, next))) {
        throw new ConflictError(`account ${current.email} was changed by someone else`, 0, 0);
      }
      const base = {
        action: 'account.change',
        entity: 'account',
        municipalityId: current.municipalityId,
      };
      await audit(
        trx,
        actor,
        [
          ...(next.name === current.name
            ? []
            : [{ ...base, field: 'name', oldValue: current.name, newValue: next.name }]),
          ...(next.email === current.email
            ? []
            : [{ ...base, field: 'email', oldValue: current.email, newValue: next.email }]),
        ],
        now,
      );
      const after = await findAccountById(trx, current.id);
      if (!after) throw new NotFoundError('account', String(current.id));
      return after;
    },
    { uniqueFields: { accounts: 'email' } },
  ).catch((error: unknown) => {
    throw error instanceof DuplicateError && error.field === 'email' ? emailTaken() : error;
  });
}

/** The accounts an actor may see: an admin its municipality's, the operator every one. */
export async function listAccountsFor(store: Store, actor: Actor): Promise<Account[]> {
  const scope = adminRecordsScope(actor);
  if (!scope.allowed) throw new ForbiddenError('only an admin may list accounts');
  return scope.municipalityId === null
    ? listAccounts(store.db)
    : listAccounts(store.db, scope.municipalityId);
}

export interface AccountPatch {
  readonly name?: string;
  readonly role?: Role;
  readonly departments?: readonly string[];
  readonly disabled?: boolean;
}

async function accountFor(store: Store, actor: Actor, key: number | string): Promise<Account> {
  const found =
    typeof key === 'number'
      ? await findAccountById(store.db, key)
      : await findAccountByEmail(store.db, normalizeEmail(key));
  if (!found || !isMemberOf(actor, found.municipalityId)) {
    throw new NotFoundError('account', String(key));
  }
  requireAccountChange(actor, found.municipalityId, String(key));
  return found;
}

/**
 * Changes an account's name, role, departments or disabled flag at the version read; a
 * disabled account's sessions end at once. An admin cannot demote or disable itself, so a
 * municipality never locks itself out by a slip.
 */
export async function changeAccount(
  store: Store,
  key: number | string,
  patch: AccountPatch,
  version: number | undefined,
  actor: Actor,
  now: Date,
): Promise<Account> {
  const before = await accountFor(store, actor, key);
  const self = actor.kind === 'account' && actor.accountId === before.id;
  if (self && (patch.disabled === true || (patch.role && patch.role !== 'admin'))) {
    throw new ValidationError('role', 'you cannot demote or disable your own account');
  }
  const role = patch.role ?? before.role;
  const departments = patch.departments ?? before.departments;
  if (role === 'editor' && departments.length === 0) {
    throw new ValidationError('departments', 'an editor belongs to at least one department');
  }
  return writeTransaction(store, async (trx) => {
    if (patch.departments) {
      const had = new Set(before.departments);
      const added = patch.departments.filter((d) => !had.has(d));
      await requireKnownDepartments(trx, before.municipalityId, added);
    }
    const expected = version ?? before.version;
    const updated = await updateAccount(trx, before.id, expected, {
      ...(patch.name === undefined ? {} : { name: patch.name.trim() || before.email }),
      ...(patch.role === undefined ? {} : { role: patch.role }),
      ...(patch.disabled === undefined ? {} : { disabled: patch.disabled }),
    });
    if (!updated) {
      const now = await findAccountById(trx, before.id);
      throw new ConflictError(
        `account ${before.email} was changed by someone else`,
        expected,
        now?.version ?? 0,
      );
    }
    if (patch.departments) await replaceDepartments(trx, before.id, patch.departments);
    if (patch.disabled === true) await deleteAccountSessions(trx, before.id);
    const after = await findAccountById(trx, before.id);
    if (!after) throw new NotFoundError('account', String(key));
    await audit(
      trx,
      actor,
      fieldChanges(
        { ...before, departments: before.departments.join(', ') },
        { ...after, departments: after.departments.join(', ') },
        ['name', 'role', 'departments', 'disabled'],
        { action: 'account.change', entity: 'account', municipalityId: before.municipalityId },
      ),
      now,
    );
    return after;
  });
}

/** Sets a password (an admin for its municipality, the operator for anyone); sessions end. */
export async function setPassword(
  store: Store,
  key: number | string,
  password: string,
  actor: Actor,
  now: Date,
): Promise<void> {
  checkPassword(password);
  const account = await accountFor(store, actor, key);
  await storePassword(store, account, password, actor, now);
}

async function storePassword(
  store: Store,
  account: Account,
  password: string,
  actor: Actor,
  now: Date,
  keepSession?: number,
): Promise<void> {
  const passwordHash = await hashPassword(password);
  await writeTransaction(store, async (trx) => {
    const current = await findAccountById(trx, account.id);
    // A password set by someone else (an admin, the operator) is to be changed by its owner.
    const passwordTemporary = !(actor.kind === 'account' && actor.accountId === account.id);
    const patch = { passwordHash, passwordTemporary };
    if (!current || !(await updateAccount(trx, account.id, current.version, patch))) {
      throw new ConflictError(`account ${account.email} was changed by someone else`, 0, 0);
    }
    await deleteAccountSessions(trx, account.id, keepSession);
    await audit(
      trx,
      actor,
      [
        {
          action: 'account.password',
          entity: 'account',
          municipalityId: account.municipalityId,
          field: 'password',
          oldValue: null,
          newValue: `(changed for ${account.email})`,
        },
      ],
      now,
    );
  });
}

/**
 * A signed-in person changes its own password; its other sessions end, this one stays. The
 * current password is checked under the sign-in limit, and a wrong one is audited.
 */
export async function changeOwnPassword(
  store: Store,
  actor: Actor,
  input: { current: string; next: string },
  sessionId: number,
  now: Date,
): Promise<void> {
  if (actor.kind !== 'account') throw new ForbiddenError('sign in to change your password');
  checkPassword(input.next, 'newPassword');
  const found = await findAccountByEmail(store.db, actor.email);
  const attempt = {
    action: 'account.password_refused',
    entity: 'account',
    municipalityId: actor.municipalityId,
    field: 'currentPassword',
  };
  // The same limit as signing in, on the same count: a session left open is no way round it.
  const right = await limitedPasswordCheck(
    store,
    {
      email: actor.email,
      address: actor.address ?? 'unknown',
      actor,
      refusal: { ...attempt, action: 'account.password_limited' },
    },
    async () => found !== undefined && (await verifyPassword(input.current, found.passwordHash)),
    now,
  );
  if (!found || !right) {
    await writeTransaction(store, (trx) => audit(trx, actor, [attempt], now));
    throw new ValidationError('currentPassword', 'the current password is not right');
  }
  const { passwordHash: _hash, ...account } = found;
  await storePassword(store, account, input.next, actor, now, sessionId);
}

/**
 * The first start: with no account at all, one admin of the deployment's municipality with a
 * random password, returned to be printed once. Never a fixed default password.
 */
export async function ensureFirstAdmin(
  store: Store,
  municipality: { code: string; name: string },
  now: Date,
): Promise<{ email: string; password: string } | undefined> {
  if ((await countAccounts(store.db)) > 0) return undefined;
  const password = randomPassword();
  const known = await findMunicipalityByCode(store.db, municipality.code);
  const email = 'admin@mieruka.local';
  await addAccount(
    store,
    {
      email,
      name: '管理者',
      role: 'admin',
      departments: [],
      password,
      municipality: known ?? municipality,
    },
    SYSTEM,
    now,
  );
  return { email, password };
}

/** An account with its municipality, for presenting. */
export async function withMunicipality(
  store: Store,
  account: Account,
): Promise<{ account: Account; municipality: Municipality }> {
  const municipality = await findMunicipalityById(store.db, account.municipalityId);
  if (!municipality) throw new NotFoundError('municipality', String(account.municipalityId));
  return { account, municipality };
}
