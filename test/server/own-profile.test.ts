import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AccountView } from '../../src/domain/api-contract.ts';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshMunicipality } from '../support/fresh-plan.ts';
import { createAccount, signInAs } from '../support/sessions.ts';

/*
 * Anyone signed in — the first admin too — changes its own name and e-mail address (issue 23);
 * a taken address is refused as when an account is added, and both changes are audited.
 */

forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());

  it('lets an admin rename itself and move to another address, then sign in with it', async () => {
    const municipality = await freshMunicipality(getDb());
    const city = { code: municipality.code, name: municipality.name };
    const admin = await createAccount(getHandle(), { role: 'admin', municipality: city });
    const other = await createAccount(getHandle(), { role: 'viewer', municipality: city });
    const headers = await signInAs(app, admin);
    const put = (payload: object) =>
      app.inject({ method: 'PUT', url: '/api/session/profile', headers: { ...headers }, payload });
    const taken = await put({ email: other.email.toUpperCase() });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ error: { details: { field: 'email' } } });
    expect((await put({ email: 'not an address' })).statusCode).toBe(400);
    const address = `kikaku-${municipality.code}@city.example.jp`;
    const changed = await put({ name: '企画 一郎', email: address });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<AccountView>()).toMatchObject({ name: '企画 一郎', email: address });
    const audit = await getDb()
      .selectFrom('audit_log')
      .select(['field', 'old_value', 'new_value'])
      .where('action', '=', 'account.change')
      .where('new_value', 'in', ['企画 一郎', address])
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.field, a.old_value, a.new_value])).toEqual([
      ['name', admin.email, '企画 一郎'],
      ['email', admin.email, address],
    ]);
    const again = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: address, password: admin.password },
    });
    expect(again.statusCode).toBe(200);
  });
});
