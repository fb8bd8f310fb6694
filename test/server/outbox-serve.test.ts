import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { OutboxView, PlanSummaryView } from '../../src/domain/api-contract.ts';
import { startServer } from '../../src/server/serve.ts';
import { DEMO_PLAN_NAME, seedDemo } from '../../src/services/demo-data.ts';
import { forEachDatabase, targetOf } from '../support/databases.ts';
import { createAccount, signInAs } from '../support/sessions.ts';
import type { SmtpSink } from '../support/smtp-sink.ts';
import { startSmtpSink } from '../support/smtp-sink.ts';

/** Polls a condition, failing past a bound: the server sends on its own clock. */
async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/*
 * The server as `mieruka serve` starts it, configured by the environment: an admin opens a
 * round over HTTP and the server's own dispatcher sends the opening e-mail through SMTP_URL,
 * with links under MIERUKA_PUBLIC_URL; closing the server stops the dispatcher.
 */
forEachDatabase((_kind, _getDb, getHandle) => {
  let sink: SmtpSink;
  beforeAll(async () => {
    await seedDemo(getHandle(), new Date());
    sink = await startSmtpSink();
  });
  afterAll(async () => sink.stop());

  it('sends the opening e-mail of a round opened over HTTP, from MAIL_FROM, by itself', async () => {
    const target = targetOf(getHandle());
    const config = loadConfig({
      DATABASE_URL: target.kind === 'sqlite' ? target.file : target.url,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      SMTP_URL: sink.url,
      MAIL_FROM: '湯沢市 企画課 <kikaku@city.example.jp>',
      MIERUKA_PUBLIC_URL: 'https://kpi.city.example.jp/',
    });
    const editor = await createAccount(getHandle(), {
      role: 'editor',
      departments: ['企画課'],
      name: '企画 太郎',
    });
    const adminAccount = await createAccount(getHandle(), { role: 'admin' });
    const server = await startServer(config, { outboxIntervalMs: 50 });
    try {
      const admin = await signInAs(server.app, adminAccount);
      const plans = (await server.app.inject({ method: 'GET', url: '/api/plans' })).json<
        PlanSummaryView[]
      >();
      const planId = plans.find((p) => p.name === DEMO_PLAN_NAME)?.id ?? 0;
      const opened = await server.app.inject({
        method: 'POST',
        url: `/api/plans/${planId}/rounds`,
        headers: { ...admin },
        payload: { fy: 'R6', due: '2099-05-31' },
      });
      expect(opened.statusCode).toBe(201);
      await until(() => sink.received.some((m) => m.to.includes(editor.email)), 'the e-mail');
      const mail = sink.received.find((m) => m.to.includes(editor.email));
      expect(mail?.from).toBe('kikaku@city.example.jp');
      expect(mail?.headers.get('from')).toBe('湯沢市 企画課 <kikaku@city.example.jp>');
      expect(mail?.text).toContain(
        `入力ページ: https://kpi.city.example.jp/plans/${planId}/rounds/2024`,
      );
      const readOutbox = async () =>
        (
          await server.app.inject({ method: 'GET', url: '/api/outbox', headers: { ...admin } })
        ).json<OutboxView>();
      expect((await readOutbox()).smtpConfigured).toBe(true);
      const stateOf = async () =>
        (await readOutbox()).messages.find((m) => m.recipient === editor.email)?.state;
      await until(async () => (await stateOf()) === 'sent', 'the message marked sent');
      expect(sink.received.filter((m) => m.to.includes(editor.email))).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
