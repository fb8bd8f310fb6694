import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import type { SessionHeaders } from '../support/sessions.ts';

/*
 * A taken e-mail address (issue 25, 8): 409 as the README says, and the same answer whether
 * the account is of the admin's own municipality or of another, which it must not learn.
 */
forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());

  const add = (admin: SessionHeaders, email: string) =>
    app.inject({
      method: 'POST',
      url: '/api/accounts',
      headers: { ...admin },
      payload: { email, role: 'viewer', departments: [], password: 'long enough secret' },
    });

  it('refuses a taken address with 409, the same for its own municipality and another', async () => {
    const ours = await freshTenant(getHandle());
    const theirs = await freshTenant(getHandle());
    const admin = await ours.member({ role: 'admin' });
    const colleague = await ours.member({ role: 'viewer' });
    const stranger = await theirs.member({ role: 'viewer' });
    const before = await getDb().selectFrom('audit_log').select('id').execute();

    const own = await add(admin.headers, colleague.email);
    const other = await add(admin.headers, stranger.email.toUpperCase());
    expect(own.statusCode).toBe(409);
    expect(other.statusCode).toBe(409);
    expect(own.json()).toEqual({
      error: {
        code: 'conflict',
        message: expect.any(String) as unknown,
        details: { field: 'email' },
      },
    });
    expect(other.json()).toEqual(own.json());
    expect(other.body).not.toContain(theirs.municipality.name);
    // Nothing written: no account, no audit entry.
    const accounts = await getDb()
      .selectFrom('accounts')
      .select('municipality_id')
      .where('email', '=', stranger.email)
      .execute();
    expect(accounts).toEqual([{ municipality_id: theirs.municipality.id }]);
    expect(await getDb().selectFrom('audit_log').select('id').execute()).toHaveLength(
      before.length,
    );
  });
});
