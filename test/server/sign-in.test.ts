import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionView } from '../../src/domain/api-contract.ts';
import { buildApp } from '../../src/server/app.ts';
import { seedDemo } from '../../src/services/demo-data.ts';
import { MAX_FAILURES_PER_ACCOUNT } from '../../src/domain/attempt-limit.ts';
import { SESSION_IDLE_MS } from '../../src/services/sessions.ts';
import { forEachDatabase } from '../support/databases.ts';
import type { SessionHeaders } from '../support/sessions.ts';
import { createAccount, signInAs, TEST_PASSWORD } from '../support/sessions.ts';

const cookieOf = (response: { cookies: { name: string; value: string }[] }) =>
  response.cookies.find((c) => c.name === 'mieruka_session');

forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  let clock = new Date('2026-04-01T09:00:00Z');
  const logLines: string[] = [];

  beforeAll(async () => {
    await seedDemo(getHandle(), new Date());
    app = await buildApp({
      ...getHandle(),
      now: () => clock,
      logger: { level: 'trace', stream: { write: (line: string) => logLines.push(line) } },
    });
  });
  afterAll(async () => app.close());

  const session = (headers: Partial<SessionHeaders>) =>
    app.inject({ method: 'GET', url: '/api/session', headers: { ...headers } });

  describe('sign-in', () => {
    it('answers the account and a CSRF token, and sets an HttpOnly, SameSite=Lax cookie', async () => {
      const account = await createAccount(getHandle(), {
        role: 'editor',
        departments: ['企画課'],
        name: '企画 太郎',
      });
      const response = await app.inject({ method: 'POST', url: '/api/session', payload: account });
      expect(response.statusCode).toBe(200);
      const body = response.json<SessionView>();
      expect(body.user).toMatchObject({
        email: account.email,
        name: '企画 太郎',
        role: 'editor',
        departments: ['企画課'],
        municipality: { code: '052078' },
      });
      expect(body.csrfToken.length).toBeGreaterThan(20);
      const cookie = cookieOf(response);
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      // No password or hash leaves the server; the flag that asks for a new one is no secret.
      expect(JSON.stringify(body)).not.toMatch(/scrypt|"password(Hash)?"|password_hash/i);
      expect(body.user.passwordTemporary).toBe(true);
      const again = await session({ cookie: `mieruka_session=${cookie?.value}` });
      expect(again.json<SessionView>()).toEqual(body);
    });

    it('answers a wrong password and an unknown account alike, with 401', async () => {
      const account = await createAccount(getHandle(), { role: 'viewer' });
      const wrong = await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: account.email, password: 'not the password' },
        remoteAddress: '10.0.0.1',
      });
      const unknown = await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: 'nobody@example.jp', password: 'not the password' },
        remoteAddress: '10.0.0.1',
      });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json()).toEqual(unknown.json());
      expect(cookieOf(wrong)).toBeUndefined();
    });

    it('rotates the session at sign-in: a cookie planted before is worth nothing after', async () => {
      const account = await createAccount(getHandle(), { role: 'viewer' });
      const first = await signInAs(app, account);
      const second = await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: account,
        headers: { cookie: first.cookie },
      });
      expect(second.statusCode).toBe(200);
      expect(`mieruka_session=${cookieOf(second)?.value}`).not.toBe(first.cookie);
      expect((await session(first)).statusCode).toBe(401);
    });

    it('ends a session at sign-out, on the server and not only in the browser', async () => {
      const headers = await signInAs(app, await createAccount(getHandle(), { role: 'viewer' }));
      expect((await session(headers)).statusCode).toBe(200);
      const out = await app.inject({
        method: 'DELETE',
        url: '/api/session',
        headers: { ...headers },
      });
      expect(out.statusCode).toBe(204);
      expect((await session(headers)).statusCode).toBe(401);
    });

    it('expires a session left idle, and one past its absolute lifetime', async () => {
      const headers = await signInAs(app, await createAccount(getHandle(), { role: 'viewer' }));
      const start = clock;
      try {
        clock = new Date(start.getTime() + SESSION_IDLE_MS - 60_000);
        expect((await session(headers)).statusCode).toBe(200);
        clock = new Date(clock.getTime() + SESSION_IDLE_MS + 1000);
        expect((await session(headers)).statusCode).toBe(401);
      } finally {
        clock = start;
      }
      const kept = await signInAs(app, await createAccount(getHandle(), { role: 'viewer' }));
      try {
        for (let hours = 1; hours <= 13; hours++) {
          clock = new Date(start.getTime() + hours * 3_600_000);
          const status = (await session(kept)).statusCode;
          expect(status).toBe(hours <= 12 ? 200 : 401);
        }
      } finally {
        clock = start;
      }
    });

    it('ends every session of an account that is disabled or whose password is set', async () => {
      const account = await createAccount(getHandle(), { role: 'viewer' });
      const admin = await signInAs(app, await createAccount(getHandle(), { role: 'admin' }));
      const headers = await signInAs(app, account);
      const list = await app.inject({ method: 'GET', url: '/api/accounts', headers: { ...admin } });
      const id = list
        .json<{ id: number; email: string }[]>()
        .find((a) => a.email === account.email)?.id;
      const reset = await app.inject({
        method: 'PUT',
        url: `/api/accounts/${id}/password`,
        headers: { ...admin },
        payload: { password: 'another long password' },
      });
      expect(reset.statusCode).toBe(204);
      expect((await session(headers)).statusCode).toBe(401);
      const again = await signInAs(app, {
        email: account.email,
        password: 'another long password',
      });
      const version = (
        await app.inject({ method: 'GET', url: '/api/accounts', headers: { ...admin } })
      )
        .json<{ id: number; version: number }[]>()
        .find((a) => a.id === id)?.version;
      const disable = await app.inject({
        method: 'PATCH',
        url: `/api/accounts/${id}`,
        headers: { ...admin },
        payload: { disabled: true, version },
      });
      expect(disable.statusCode).toBe(200);
      expect((await session(again)).statusCode).toBe(401);
      const refused = await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: account.email, password: 'another long password' },
      });
      expect(refused.statusCode).toBe(401);
    });

    it('changes one’s own password: other sessions end, this one stays', async () => {
      const account = await createAccount(getHandle(), { role: 'editor', departments: ['総務課'] });
      const here = await signInAs(app, account);
      const elsewhere = await signInAs(app, account);
      const wrong = await app.inject({
        method: 'PUT',
        url: '/api/session/password',
        headers: { ...here },
        payload: { currentPassword: 'not it', newPassword: 'a brand new password' },
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json()).toMatchObject({ error: { details: { field: 'currentPassword' } } });
      const changed = await app.inject({
        method: 'PUT',
        url: '/api/session/password',
        headers: { ...here },
        payload: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new password' },
      });
      expect(changed.statusCode).toBe(204);
      expect((await session(here)).statusCode).toBe(200);
      expect((await session(elsewhere)).statusCode).toBe(401);
    });
  });

  describe('failed sign-ins', () => {
    it('are limited per account, counted in the database so a second server refuses too', async () => {
      const account = await createAccount(getHandle(), { role: 'viewer' });
      const other = await buildApp({ ...getHandle(), now: () => clock });
      try {
        const attempt = (server: FastifyInstance, password: string) =>
          server.inject({
            method: 'POST',
            url: '/api/session',
            payload: { email: account.email, password },
            remoteAddress: '10.0.0.2',
          });
        for (let n = 0; n < MAX_FAILURES_PER_ACCOUNT; n++) {
          const server = n % 2 === 0 ? app : other;
          expect((await attempt(server, `wrong ${n}`)).statusCode).toBe(401);
        }
        const limited = await attempt(other, TEST_PASSWORD);
        expect(limited.statusCode).toBe(429);
        expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
        expect(limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
        expect((await attempt(app, TEST_PASSWORD)).statusCode).toBe(429);
        // The same message for an account that does not exist, once limited too.
        const unknown = await app.inject({
          method: 'POST',
          url: '/api/session',
          payload: { email: 'ghost@example.jp', password: 'x' },
          remoteAddress: '10.0.0.3',
        });
        expect(unknown.statusCode).toBe(401);
      } finally {
        await other.close();
      }
    });
  });

  describe('what leaves the server', () => {
    it('never writes a password or its hash into a log line', async () => {
      const account = await createAccount(getHandle(), { role: 'viewer' });
      await signInAs(app, account);
      await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: account.email, password: 'a wrong password here' },
      });
      const hashes = await getDb().selectFrom('accounts').select('password_hash').execute();
      expect(logLines.length).toBeGreaterThan(0);
      const log = logLines.join('\n');
      expect(log).not.toContain(TEST_PASSWORD);
      expect(log).not.toContain('a wrong password here');
      for (const { password_hash } of hashes)
        expect(log).not.toContain(password_hash.split('$')[5]);
    });

    it('tells caches to keep no personal answer: the session, accounts, audit log, outbox', async () => {
      const account = await createAccount(getHandle(), { role: 'admin' });
      const signIn = await app.inject({ method: 'POST', url: '/api/session', payload: account });
      expect(signIn.statusCode).toBe(200);
      expect(signIn.headers['cache-control']).toBe('private, no-store');
      const admin = await signInAs(app, account);
      for (const url of ['/api/session', '/api/accounts', '/api/audit', '/api/outbox']) {
        const response = await app.inject({ method: 'GET', url, headers: { ...admin } });
        expect([url, response.statusCode]).toEqual([url, 200]);
        expect([url, response.headers['cache-control']]).toEqual([url, 'private, no-store']);
      }
      // A visitor's answer of public data is not marked.
      const plans = await app.inject({ method: 'GET', url: '/api/plans' });
      expect(plans.headers['cache-control']).toBeUndefined();
    });

    it('sends the security headers on every response', async () => {
      // A malformed address is answered by the framework before any hook: headers all the same.
      for (const url of ['/api/plans', '/api/session', '/api/nothing', '/api/plans/%E0%A4%A']) {
        const response = await app.inject({ method: 'GET', url });
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
        expect(response.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
        expect(response.headers['referrer-policy']).toBe('same-origin');
        // Plain HTTP on an intranet host: never send the browser to https for the scripts.
        expect(response.headers['content-security-policy']).not.toContain('upgrade-insecure');
      }
    });

    it('asks browsers to upgrade insecure requests only when the deployment is behind TLS', async () => {
      const behindTls = await buildApp({ ...getHandle(), secureCookies: true });
      try {
        for (const url of ['/api/plans', '/api/plans/%E0%A4%A']) {
          const response = await behindTls.inject({ method: 'GET', url });
          expect(response.headers['content-security-policy']).toContain(
            'upgrade-insecure-requests',
          );
        }
      } finally {
        await behindTls.close();
      }
    });
  });
});
