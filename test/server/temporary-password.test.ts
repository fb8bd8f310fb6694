import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SessionView } from '../../src/domain/api-contract.ts';
import { buildApp } from '../../src/server/app.ts';
import { ensureFirstAdmin } from '../../src/services/accounts.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshMunicipality } from '../support/fresh-plan.ts';
import type { SessionHeaders } from '../support/sessions.ts';
import { createAccount, signInAs } from '../support/sessions.ts';

/*
 * A password someone else set — printed at the first start, an admin's first or reset one — is
 * to be changed by its owner (issue 23): the session says so until the owner changes it.
 */

forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());

  const session = async (headers: SessionHeaders) =>
    (
      await app.inject({ method: 'GET', url: '/api/session', headers: { ...headers } })
    ).json<SessionView>().user;

  it('asks the first admin to change the printed password, and stops once it is changed', async () => {
    // The first start happens on an empty database; elsewhere the flag is the account's own.
    const count = await getDb()
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    const printed =
      Number(count.n) === 0
        ? await ensureFirstAdmin(getHandle(), { code: '052078', name: '湯沢市' }, new Date())
        : await createAccount(getHandle(), { role: 'admin' });
    if (printed === undefined) throw new Error('no first admin');
    const headers = await signInAs(app, printed);
    expect((await session(headers)).passwordTemporary).toBe(true);
    const changed = await app.inject({
      method: 'PUT',
      url: '/api/session/password',
      headers: { ...headers },
      payload: { currentPassword: printed.password, newPassword: 'a password of my own 2026' },
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await session(headers)).passwordTemporary).toBe(false);
  });

  it('asks again after an admin sets another’s password', async () => {
    const municipality = await freshMunicipality(getDb());
    const city = { code: municipality.code, name: municipality.name };
    const admin = await signInAs(
      app,
      await createAccount(getHandle(), { role: 'admin', municipality: city }),
    );
    const editor = await createAccount(getHandle(), {
      role: 'editor',
      departments: ['企画課'],
      municipality: city,
    });
    const own = await signInAs(app, editor);
    await app.inject({
      method: 'PUT',
      url: '/api/session/password',
      headers: { ...own },
      payload: { currentPassword: editor.password, newPassword: 'my own password 2026' },
    });
    const id = (
      await getDb()
        .selectFrom('accounts')
        .select('id')
        .where('email', '=', editor.email)
        .executeTakeFirstOrThrow()
    ).id;
    const before = await getDb()
      .selectFrom('accounts')
      .select('password_temporary')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(before.password_temporary).toBe(0);
    const reset = await app.inject({
      method: 'PUT',
      url: `/api/accounts/${id}/password`,
      headers: { ...admin },
      payload: { password: 'a password the admin knows' },
    });
    expect(reset.statusCode, reset.body).toBe(204);
    const again = await signInAs(app, {
      email: editor.email,
      password: 'a password the admin knows',
    });
    expect((await session(again)).passwordTemporary).toBe(true);
  });
});
