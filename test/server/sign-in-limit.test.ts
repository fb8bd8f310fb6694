import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILURES_PER_ACCOUNT } from '../../src/domain/attempt-limit.ts';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';
import { countStatuses, listenOnLoopback, sendAtOnce } from '../support/live-server.ts';
import { createAccount, signInAs, TEST_PASSWORD } from '../support/sessions.ts';

/*
 * The sign-in limit under real concurrency (issue 25): guesses sent at once to a listening
 * server, counting who was checked and what the database and the audit log kept.
 */
forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    app = await buildApp({ ...getHandle() });
    base = await listenOnLoopback(app);
  });
  afterAll(async () => app.close());

  const auditActions = async (email: string, actions: string[]) => {
    const rows = await getDb()
      .selectFrom('audit_log')
      .select(['action', 'address'])
      .where('action', 'in', actions)
      .where((eb) => eb.or([eb('new_value', '=', email), eb('actor', '=', email)]))
      .execute();
    return rows;
  };

  const countOf = (rows: { action: string }[], action: string) =>
    rows.filter((row) => row.action === action).length;

  it('checks at most the limit of 60 concurrent wrong guesses; the rest are refused (429) and audited', async () => {
    const account = await createAccount(getHandle(), { role: 'admin' });
    const right = 37;
    const answers = await sendAtOnce(61, (index) =>
      fetch(`${base}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: account.email,
          password: index === right ? TEST_PASSWORD : `wrong guess ${index}`,
        }),
      }),
    );
    const counts = countStatuses(answers);
    expect(Object.keys(counts).sort()).toEqual(
      Object.keys(counts)
        .filter((status) => ['200', '401', '429'].includes(status))
        .sort(),
    );
    const wrongChecked = counts[401] ?? 0;
    expect(wrongChecked).toBeGreaterThan(0);
    expect(wrongChecked).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(counts[200] ?? 0).toBeLessThanOrEqual(1);
    expect(counts[429]).toBe(61 - wrongChecked - (counts[200] ?? 0));
    // The right password got in only if it was checked, never past the limit.
    const rightStatus = answers[right]?.status;
    expect([200, 429]).toContain(rightStatus);

    const counted = await getDb()
      .selectFrom('sign_in_failures')
      .select('id')
      .where('email', '=', account.email)
      .execute();
    expect(counted).toHaveLength(wrongChecked);
    const audited = await auditActions(account.email, ['session.refused', 'session.limited']);
    expect(countOf(audited, 'session.refused')).toBe(wrongChecked);
    expect(countOf(audited, 'session.limited')).toBe(counts[429]);
    expect(audited.every((row) => row.address === '127.0.0.1')).toBe(true);

    // Still limited afterwards, the right password included.
    const after = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(account),
    });
    expect(after.status).toBe(wrongChecked < MAX_FAILURES_PER_ACCOUNT ? 200 : 429);
  });

  it('limits checks of the current password when changing one’s own, and audits each failure', async () => {
    const account = await createAccount(getHandle(), { role: 'viewer' });
    const headers = await signInAs(app, account);
    const answers = await sendAtOnce(60, (index) =>
      fetch(`${base}/api/session/password`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          currentPassword: `wrong current ${index}`,
          newPassword: 'a brand new password',
        }),
      }),
    );
    const counts = countStatuses(answers);
    expect(counts[400]).toBeGreaterThan(0);
    expect(counts[400]).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(counts[429]).toBe(60 - (counts[400] ?? 0));
    const audited = await auditActions(account.email, [
      'account.password_refused',
      'account.password_limited',
    ]);
    expect(countOf(audited, 'account.password_refused')).toBe(counts[400]);
    expect(countOf(audited, 'account.password_limited')).toBe(counts[429]);
    // The password did not change, and the right one is now refused from this address too.
    const right = await fetch(`${base}/api/session/password`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ currentPassword: TEST_PASSWORD, newPassword: 'a brand new password' }),
    });
    expect(right.status).toBe(counts[400] === MAX_FAILURES_PER_ACCOUNT ? 429 : 204);
  });

  describe('anyone can no longer lock any account', () => {
    const attempt = (server: FastifyInstance, email: string, password: string, from: string) =>
      server.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email, password },
        remoteAddress: from,
      });

    it('lets the owner in from an address that has not failed, while the guesser waits', async () => {
      const account = await createAccount(getHandle(), { role: 'admin' });
      for (let n = 0; n < MAX_FAILURES_PER_ACCOUNT; n++) {
        expect((await attempt(app, account.email, `guess ${n}`, '192.0.2.66')).statusCode).toBe(
          401,
        );
      }
      expect((await attempt(app, account.email, TEST_PASSWORD, '192.0.2.66')).statusCode).toBe(429);
      expect((await attempt(app, account.email, TEST_PASSWORD, '198.51.100.7')).statusCode).toBe(
        200,
      );
    });

    it('counts an IPv6 subscriber’s whole /64 as one address', async () => {
      const account = await createAccount(getHandle(), { role: 'admin' });
      for (let n = 0; n < MAX_FAILURES_PER_ACCOUNT; n++) {
        const from = `2001:db8:25:1:${n + 1}::9`;
        expect((await attempt(app, account.email, `guess ${n}`, from)).statusCode).toBe(401);
      }
      const sameNetwork = await attempt(app, account.email, TEST_PASSWORD, '2001:db8:25:1:ffff::1');
      expect(sameNetwork.statusCode).toBe(429);
      const elsewhere = await attempt(app, account.email, TEST_PASSWORD, '2001:db8:25:2::1');
      expect(elsewhere.statusCode).toBe(200);
    });

    it('tells clients behind a trusted proxy apart by X-Forwarded-For, and audits the client', async () => {
      const proxied = await buildApp({ ...getHandle(), trustProxy: ['127.0.0.1'] });
      try {
        const account = await createAccount(getHandle(), { role: 'admin' });
        const via = (client: string, password: string) =>
          proxied.inject({
            method: 'POST',
            url: '/api/session',
            payload: { email: account.email, password },
            remoteAddress: '127.0.0.1',
            headers: { 'x-forwarded-for': client },
          });
        for (let n = 0; n < MAX_FAILURES_PER_ACCOUNT; n++) {
          expect((await via('203.0.113.9', `guess ${n}`)).statusCode).toBe(401);
        }
        expect((await via('203.0.113.9', TEST_PASSWORD)).statusCode).toBe(429);
        expect((await via('198.51.100.23', TEST_PASSWORD)).statusCode).toBe(200);
        const audited = await auditActions(account.email, [
          'session.refused',
          'session.limited',
          'session.sign_in',
        ]);
        expect(audited.map((row) => `${row.action} ${row.address}`).sort()).toEqual(
          [
            ...Array.from(
              { length: MAX_FAILURES_PER_ACCOUNT },
              () => 'session.refused 203.0.113.9',
            ),
            'session.limited 203.0.113.9',
            'session.sign_in 198.51.100.23',
          ].sort(),
        );
      } finally {
        await proxied.close();
      }
    });

    it('does not trust X-Forwarded-For unless told to: a guesser cannot change address by a header', async () => {
      const account = await createAccount(getHandle(), { role: 'admin' });
      const spoofed = (n: number) =>
        app.inject({
          method: 'POST',
          url: '/api/session',
          payload: { email: account.email, password: `guess ${n}` },
          remoteAddress: '192.0.2.77',
          headers: { 'x-forwarded-for': `203.0.113.${n + 1}` },
        });
      const statuses: number[] = [];
      for (let n = 0; n <= MAX_FAILURES_PER_ACCOUNT; n++)
        statuses.push((await spoofed(n)).statusCode);
      expect(statuses.at(-1)).toBe(429);
    });
  });
});
