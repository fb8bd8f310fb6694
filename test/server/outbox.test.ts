import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { enqueueMessages } from '../../src/db/outbox-repository.ts';
import { writeTransaction } from '../../src/db/write-transaction.ts';
import { SYSTEM } from '../../src/domain/access.ts';
import type { OutboxView } from '../../src/domain/api-contract.ts';
import { fiscalYear } from '../../src/domain/fiscal-year.ts';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from '../../src/domain/outbox-delivery.ts';
import { buildApp } from '../../src/server/app.ts';
import { DEMO_PLAN_NAME } from '../../src/services/demo-data.ts';
import type { Mailer } from '../../src/services/mailer.ts';
import { dispatchOutbox } from '../../src/services/outbox-dispatcher.ts';
import { closeRound, openRound } from '../../src/services/rounds.ts';
import { smtpMailer } from '../../src/services/smtp-mailer.ts';
import { forEachDatabase, openSecondHandle } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import type { SessionHeaders } from '../support/sessions.ts';
import type { SmtpSink } from '../support/smtp-sink.ts';
import { startSmtpSink } from '../support/smtp-sink.ts';
import { writeSelfEvaluation } from '../support/plan-calls.ts';

const PUBLIC_URL = 'https://kpi.city.example.jp';
const FROM = 'kikaku@city.example.jp';
const SETTINGS = { publicUrl: PUBLIC_URL, reminderDays: 7 };
const R6 = fiscalYear(2024);
/** 2025-04-01 09:00 in Japan: the planning division opens the R6 round, due 2025-05-31. */
const OPENED = new Date('2025-04-01T00:00:00Z');
const DUE = '2025-05-31';
const code = (c: string) => encodeURIComponent(c);
const at = (iso: string) => () => new Date(iso);
const listed = (text: string) => text.match(/^・(.)/gmu)?.map((line) => line.slice(1));

/*
 * The round's e-mails as a mail server receives them, on both databases: a real SMTP server
 * on 127.0.0.1, the dispatcher run with the clock given as a parameter (no waiting), and the
 * outbox read back. The demo plan's 企画課 owes ⑦–⑫ in the R6 round.
 */
forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  let sink: SmtpSink;
  let mailer: Mailer;
  let municipalityId: number;
  let planId: number;
  let kikakuEmail: string;
  let kikaku: SessionHeaders;
  let jouhouEmail: string;
  let admin: SessionHeaders;

  beforeAll(async () => {
    app = await buildApp({
      ...getHandle(),
      mail: { smtpConfigured: true, from: FROM, publicUrl: PUBLIC_URL },
    });
    sink = await startSmtpSink();
    mailer = smtpMailer({ smtpUrl: sink.url, from: FROM });
  });
  afterAll(async () => {
    mailer.close();
    await sink.stop();
    await app.close();
  });

  /**
   * Each test starts from the R6 round of a plan of its own just opened, its two opening
   * e-mails unsent. The dispatcher looks at every round and message of the database, so the
   * rounds and messages of the tests before are removed first: none of them is sent, reminded
   * or counted in this one.
   */
  beforeEach(async () => {
    await getDb().deleteFrom('outbox').execute();
    await getDb().deleteFrom('rounds').execute();
    sink.received.length = 0;
    const tenant = await freshTenant(getHandle());
    municipalityId = tenant.municipality.id;
    planId = tenant.planId;
    const account = await tenant.member({
      role: 'editor',
      departments: ['企画課'],
      name: '企画 太郎',
    });
    kikakuEmail = account.email;
    kikaku = account.headers;
    jouhouEmail = (
      await tenant.member({ role: 'editor', departments: ['情報政策課'], name: '情報 花子' })
    ).email;
    admin = (await tenant.member({ role: 'admin' })).headers;
    await openRound(
      getHandle(),
      { planId, fiscalYear: R6, dueDate: DUE, publicUrl: PUBLIC_URL },
      SYSTEM,
      OPENED,
    );
  });

  const outbox = () =>
    getDb()
      .selectFrom('outbox')
      .select(['recipient', 'kind', 'attempts', 'last_error', 'sent_at', 'send_after'])
      .orderBy('id')
      .execute();
  const receivedBy = (email: string) => sink.received.filter((m) => m.to.includes(email));

  it('sends each editor owing entries one e-mail: recipient, subject, its KPIs ⑦–⑫, the absolute link', async () => {
    expect(await dispatchOutbox(getHandle(), mailer, SETTINGS, at('2025-04-01T00:00:05Z'))).toEqual(
      { queued: 0, sent: 2, failed: 0 },
    );
    expect(sink.received.map((m) => m.to).sort()).toEqual([[jouhouEmail], [kikakuEmail]].sort());
    const [mail] = receivedBy(kikakuEmail);
    expect(mail?.from).toBe(FROM);
    expect(mail?.subject).toBe(
      `【照会】${DEMO_PLAN_NAME} 令和6年度実績の入力のお願い（期限 ${DUE}）`,
    );
    expect(mail?.text).toMatch(/^企画 太郎 様\n/);
    expect(listed(mail?.text ?? '')).toEqual(['⑦', '⑧', '⑨', '⑩', '⑪', '⑫']);
    expect(mail?.text).toContain(`入力ページ: ${PUBLIC_URL}/plans/${planId}/rounds/2024`);
    expect(await outbox()).toEqual(
      [kikakuEmail, jouhouEmail].map((recipient) => ({
        recipient,
        kind: 'round.open',
        attempts: 0,
        last_error: null,
        sent_at: '2025-04-01T00:00:05.000Z',
        send_after: OPENED.toISOString(),
      })),
    );

    // Sent means sent: later passes send nothing again.
    expect(await dispatchOutbox(getHandle(), mailer, SETTINGS, at('2025-04-02T00:00:00Z'))).toEqual(
      { queued: 0, sent: 0, failed: 0 },
    );
    expect(sink.received).toHaveLength(2);
  });

  it('loses nothing while the mail server is down: each failure counted and retried after a pause, then sent once', async () => {
    await sink.stop();
    try {
      const down = await dispatchOutbox(getHandle(), mailer, SETTINGS, at('2025-04-01T00:01:00Z'));
      expect(down).toEqual({ queued: 0, sent: 0, failed: 2 });
      for (const message of await outbox()) {
        expect(message).toMatchObject({
          attempts: 1,
          sent_at: null,
          send_after: '2025-04-01T00:02:00.000Z',
        });
        expect(message.last_error).toMatch(/ECONNREFUSED/);
      }
      // Within the pause nothing is tried, so the attempts stay as they were.
      await dispatchOutbox(getHandle(), mailer, SETTINGS, at('2025-04-01T00:01:30Z'));
      expect((await outbox()).map((m) => m.attempts)).toEqual([1, 1]);
      const again = await dispatchOutbox(getHandle(), mailer, SETTINGS, at('2025-04-01T00:02:00Z'));
      expect(again).toEqual({ queued: 0, sent: 0, failed: 2 });
      expect((await outbox()).map((m) => [m.attempts, m.send_after])).toEqual([
        [2, '2025-04-01T00:04:00.000Z'],
        [2, '2025-04-01T00:04:00.000Z'],
      ]);
    } finally {
      await sink.restart();
    }
    const up = await dispatchOutbox(getHandle(), mailer, SETTINGS, at('2025-04-01T00:04:00Z'));
    expect(up).toEqual({ queued: 0, sent: 2, failed: 0 });
    expect(receivedBy(kikakuEmail)).toHaveLength(1);
    expect(receivedBy(jouhouEmail)).toHaveLength(1);
    expect(listed(receivedBy(kikakuEmail)[0]?.text ?? '')).toEqual(['⑦', '⑧', '⑨', '⑩', '⑪', '⑫']);
    for (const message of await outbox()) {
      expect(message).toMatchObject({ attempts: 2, sent_at: '2025-04-01T00:04:00.000Z' });
    }
    await dispatchOutbox(getHandle(), mailer, SETTINGS, at('2025-04-02T00:00:00Z'));
    expect(sink.received).toHaveLength(2);
  });

  it('sends every message exactly once when two servers on one database send at the same time', async () => {
    const extra = Array.from({ length: 58 }, (_, i) => ({
      municipalityId,
      roundId: null,
      kind: 'test.race',
      recipient: `race${i}@city.example.jp`,
      subject: `race ${i}`,
      body: `message ${i}`,
      sendAfter: OPENED.toISOString(),
    }));
    await writeTransaction(getHandle(), (trx) => enqueueMessages(trx, extra, OPENED.toISOString()));
    const second = openSecondHandle(getHandle());
    const secondMailer = smtpMailer({ smtpUrl: sink.url, from: FROM });
    try {
      const clock = at('2025-04-01T00:00:05Z');
      const [one, two] = await Promise.all([
        dispatchOutbox(getHandle(), mailer, SETTINGS, clock),
        dispatchOutbox(second, secondMailer, SETTINGS, clock),
      ]);
      expect((one?.sent ?? 0) + (two?.sent ?? 0)).toBe(60);
      expect((one?.failed ?? 0) + (two?.failed ?? 0)).toBe(0);
    } finally {
      secondMailer.close();
      await second.destroy();
    }
    const perRecipient = new Map<string, number>();
    for (const mail of sink.received) {
      for (const to of mail.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    }
    expect(perRecipient.size).toBe(60);
    expect([...perRecipient.values()].every((n) => n === 1)).toBe(true);
    expect((await outbox()).every((m) => m.sent_at !== null && m.attempts === 0)).toBe(true);
  });

  it('reminds each editor still owing entries 7 days before the due date and the day after it, once each', async () => {
    await dispatchOutbox(getHandle(), mailer, SETTINGS, at('2025-04-01T00:00:05Z'));
    // 企画課 enters ⑦ and submits it: the reminders no longer list it.
    const saved = await app.inject({
      method: 'PUT',
      url: `/api/plans/${planId}/kpis/${code('⑦')}/figures/R6`,
      headers: { ...kikaku },
      payload: { value: '282,000', department: null, version: 0 },
    });
    expect(saved.statusCode).toBe(200);
    // ⑦ is projected to miss its target: a submission says why in its narrative.
    const said = await app.inject({
      method: 'PUT',
      url: `/api/plans/${planId}/kpis/${code('⑦')}/narratives/R6`,
      headers: { ...kikaku },
      payload: { text: '旧校舎2棟を解体した', department: null, version: 0 },
    });
    expect(said.statusCode).toBe(200);
    await writeSelfEvaluation(app, planId, kikaku, '⑦', 'R6');
    const submitted = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/rounds/R6/entries/${code('⑦')}/submit`,
      headers: { ...kikaku },
      payload: { department: '企画課' },
    });
    expect(submitted.statusCode).toBe(200);
    sink.received.length = 0;

    // 2025-05-23 23:59 in Japan: 8 days left, nothing yet.
    expect(await dispatchOutbox(getHandle(), mailer, SETTINGS, at('2025-05-23T14:59:59Z'))).toEqual(
      { queued: 0, sent: 0, failed: 0 },
    );
    // 2025-05-24 00:00 in Japan: 7 days before the due date.
    expect(await dispatchOutbox(getHandle(), mailer, SETTINGS, at('2025-05-23T15:00:00Z'))).toEqual(
      { queued: 2, sent: 2, failed: 0 },
    );
    const [reminder] = receivedBy(kikakuEmail);
    expect(reminder?.subject).toBe(
      `【照会・期限間近】${DEMO_PLAN_NAME} 令和6年度実績の入力（期限 ${DUE}）`,
    );
    expect(listed(reminder?.text ?? '')).toEqual(['⑧', '⑨', '⑩', '⑪', '⑫']);
    expect(reminder?.text).toContain(`${PUBLIC_URL}/plans/${planId}/rounds/2024`);
    for (const day of ['2025-05-25T00:00:00Z', '2025-05-31T14:59:59Z']) {
      expect(await dispatchOutbox(getHandle(), mailer, SETTINGS, at(day))).toEqual({
        queued: 0,
        sent: 0,
        failed: 0,
      });
    }

    // 2025-06-01 00:00 in Japan: the day after the due date.
    expect(await dispatchOutbox(getHandle(), mailer, SETTINGS, at('2025-05-31T15:00:00Z'))).toEqual(
      { queued: 2, sent: 2, failed: 0 },
    );
    const overdue = receivedBy(kikakuEmail)[1];
    expect(overdue?.subject).toMatch(/^【照会・期限超過】/);
    expect(listed(overdue?.text ?? '')).toEqual(['⑧', '⑨', '⑩', '⑪', '⑫']);
    expect(await dispatchOutbox(getHandle(), mailer, SETTINGS, at('2025-06-10T00:00:00Z'))).toEqual(
      { queued: 0, sent: 0, failed: 0 },
    );
    expect(receivedBy(kikakuEmail).map((m) => m.subject.slice(0, 8))).toEqual([
      '【照会・期限間近',
      '【照会・期限超過',
    ]);
    expect((await outbox()).filter((m) => m.recipient === kikakuEmail).map((m) => m.kind)).toEqual([
      'round.open',
      'round.reminder',
      'round.overdue',
    ]);
  });

  it('queues the reminders once when two servers look at the same moment, and none once the round is closed', async () => {
    const second = openSecondHandle(getHandle());
    try {
      const clock = at('2025-05-23T15:00:00Z');
      const [one, two] = await Promise.all([
        dispatchOutbox(getHandle(), undefined, SETTINGS, clock),
        dispatchOutbox(second, undefined, SETTINGS, clock),
      ]);
      expect((one?.queued ?? 0) + (two?.queued ?? 0)).toBe(2);
    } finally {
      await second.destroy();
    }
    expect((await outbox()).map((m) => m.kind).sort()).toEqual([
      'round.open',
      'round.open',
      'round.reminder',
      'round.reminder',
    ]);
    await closeRound(
      getHandle(),
      { planId, fiscalYear: R6 },
      SYSTEM,
      new Date('2025-05-25T00:00:00Z'),
    );
    expect(
      await dispatchOutbox(getHandle(), undefined, SETTINGS, at('2025-06-01T00:00:00Z')),
    ).toEqual({ queued: 0, sent: 0, failed: 0 });
    expect(await outbox()).toHaveLength(4);
  });

  it('gives a message up after every attempt failed, leaving it for an admin, the password masked', async () => {
    const guarded = await startSmtpSink({ auth: { user: 'mieruka', pass: 'right-password' } });
    const wrong = smtpMailer({
      smtpUrl: `smtp://mieruka:s3cret-w0rd@127.0.0.1:${guarded.port}`,
      from: FROM,
    });
    try {
      let now = new Date('2025-04-01T00:00:05Z').getTime();
      for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
        const pass = await dispatchOutbox(getHandle(), wrong, SETTINGS, () => new Date(now));
        expect(pass.failed).toBe(2);
        now += retryDelayMs(attempt);
      }
      expect(await dispatchOutbox(getHandle(), wrong, SETTINGS, () => new Date(now))).toEqual({
        queued: 0,
        sent: 0,
        failed: 0,
      });
    } finally {
      wrong.close();
      await guarded.stop();
    }
    expect(guarded.received).toHaveLength(0);
    for (const message of await outbox()) {
      expect(message).toMatchObject({ attempts: MAX_DELIVERY_ATTEMPTS, sent_at: null });
      expect(message.last_error).toMatch(/wrong password \*\*\*/);
      expect(message.last_error).not.toContain('s3cret-w0rd');
    }
    const read = await app.inject({ method: 'GET', url: '/api/outbox', headers: { ...admin } });
    const view = read.json<OutboxView>();
    expect(view.messages.map((m) => [m.state, m.attempts])).toEqual([
      ['failed', MAX_DELIVERY_ATTEMPTS],
      ['failed', MAX_DELIVERY_ATTEMPTS],
    ]);
    expect(JSON.stringify(view)).not.toContain('s3cret-w0rd');
  });
});
