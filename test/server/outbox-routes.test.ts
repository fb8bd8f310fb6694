import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxView } from '../../src/domain/api-contract.ts';
import { buildApp } from '../../src/server/app.ts';
import { DEMO_PLAN_NAME } from '../../src/services/demo-data.ts';
import { forEachDatabase } from '../support/databases.ts';
import type { Tenant } from '../support/fresh-plan.ts';
import { freshMunicipality, freshTenant } from '../support/fresh-plan.ts';
import type { SessionHeaders } from '../support/sessions.ts';
import { memberSession } from '../support/sessions.ts';

/*
 * GET /api/outbox: the admin of the demo city reads its e-mails after opening the R6 round
 * over HTTP; nobody else reads them, and another city's admin sees none of them.
 */
forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let planId: number;
  let admin: SessionHeaders;
  let kikakuEmail: string;

  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());
  // Each test reads the e-mails of a round of its own: a fresh city, its editor, then the round.
  beforeEach(async () => {
    tenant = await freshTenant(getHandle());
    planId = tenant.planId;
    admin = (await tenant.member({ role: 'admin' })).headers;
    kikakuEmail = (
      await tenant.member({ role: 'editor', departments: ['企画課'], name: '企画 太郎' })
    ).email;
    const opened = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/rounds`,
      headers: { ...admin },
      payload: { fy: 'R6', due: '2099-05-31' },
    });
    expect(opened.statusCode).toBe(201);
  });

  const read = (who: SessionHeaders | undefined, query = '') =>
    app.inject({ method: 'GET', url: `/api/outbox${query}`, headers: { ...who } });

  describe('refuses', () => {
    it('anyone not signed in (401), a viewer and an editor (403)', async () => {
      expect((await read(undefined)).statusCode).toBe(401);
      const viewer = (await tenant.member({ role: 'viewer' })).headers;
      const editor = (await tenant.member({ role: 'editor', departments: ['企画課'] })).headers;
      for (const who of [viewer, editor]) {
        const answer = await read(who);
        expect(answer.statusCode).toBe(403);
        expect(answer.json()).toMatchObject({ error: { code: 'forbidden' } });
      }
    });

    it('another municipality’s admin: none of these messages, and the plan is not there (404)', async () => {
      const seki = await freshMunicipality(getDb(), '関市');
      const other = (await memberSession(getHandle(), seki, { role: 'admin' })).headers;
      const answer = await read(other);
      expect(answer.statusCode).toBe(200);
      expect(answer.json<OutboxView>().messages).toEqual([]);
      expect((await read(other, `?plan=${planId}`)).statusCode).toBe(404);
    });
  });

  it('shows the admin each message with its text and state, and says no SMTP server is configured', async () => {
    const answer = await read(admin);
    expect(answer.statusCode).toBe(200);
    const view = answer.json<OutboxView>();
    expect(view).toMatchObject({ smtpConfigured: false, from: 'mieruka@localhost' });
    const mail = view.messages.find((m) => m.recipient === kikakuEmail);
    expect(mail).toMatchObject({
      kind: 'round.open',
      planId,
      fiscalYear: 2024,
      state: 'pending',
      attempts: 0,
      lastError: null,
      sentAt: null,
      subject: `【照会】${DEMO_PLAN_NAME} 令和6年度実績の入力のお願い（期限 2099-05-31）`,
    });
    expect(mail?.body).toContain(`入力ページ: http://localhost:3000/plans/${planId}/rounds/2024`);
    expect(mail?.body.match(/^・(.)/gmu)?.map((l) => l.slice(1))).toEqual([
      '⑦',
      '⑧',
      '⑨',
      '⑩',
      '⑪',
      '⑫',
    ]);
  });

  it('filters by plan and by not yet sent', async () => {
    const all = (await read(admin)).json<OutboxView>().messages;
    expect(all.length).toBeGreaterThan(0);
    expect((await read(admin, `?plan=${planId}&pending=1`)).json<OutboxView>().messages).toEqual(
      all,
    );
    await getDb()
      .updateTable('outbox')
      .set({ sent_at: '2099-04-01T00:00:00.000Z' })
      .where('municipality_id', '=', tenant.municipality.id)
      .execute();
    expect((await read(admin, '?pending=1')).json<OutboxView>().messages).toEqual([]);
    expect((await read(admin)).json<OutboxView>().messages.map((m) => m.state)).toEqual(
      all.map(() => 'sent'),
    );
    expect((await read(admin, '?pending=maybe')).statusCode).toBe(400);
  });
});
