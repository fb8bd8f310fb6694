import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { AuditPageView, KpiDetailView } from '../../src/domain/api-contract.ts';
import { SYSTEM } from '../../src/domain/access.ts';
import { fiscalYear } from '../../src/domain/fiscal-year.ts';
import { buildApp } from '../../src/server/app.ts';
import { openRound, transitionEntries } from '../../src/services/rounds.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import type { SessionHeaders } from '../support/sessions.ts';

const code = encodeURIComponent('⑦');

/*
 * "Who changed ⑦, when, from what": every change leaves exactly one entry per field, written
 * in the change's own transaction, with the old and the new value.
 */
forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  let planId: number;
  let admin: SessionHeaders;
  let editor: SessionHeaders;
  let editorEmail: string;

  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());
  // Each test changes a demo plan of its own, in a municipality of its own.
  beforeEach(async () => {
    const tenant = await freshTenant(getHandle());
    planId = tenant.planId;
    admin = (await tenant.member({ role: 'admin' })).headers;
    const account = await tenant.member({
      role: 'editor',
      departments: ['企画課'],
      name: '企画 花子',
    });
    editorEmail = account.email;
    editor = account.headers;
    // An editor enters figures in a round; R5 came in approved, so ⑦'s entry is reopened.
    const r5 = { planId, fiscalYear: fiscalYear(2023) };
    await openRound(getHandle(), { ...r5, dueDate: '2024-05-31' }, SYSTEM, new Date());
    await transitionEntries(
      getHandle(),
      {
        ...r5,
        action: { kind: 'reopen', reason: '訂正' },
        entries: [{ code: '⑦', department: '企画課' }],
      },
      SYSTEM,
      new Date(),
    );
  });

  const newEntries = async (change: () => Promise<{ statusCode: number }>) => {
    const before = await getDb().selectFrom('audit_log').select('id').execute();
    const response = await change();
    expect(response.statusCode).toBeLessThan(300);
    const seen = new Set(before.map((r) => r.id));
    return (await getDb().selectFrom('audit_log').selectAll().orderBy('id').execute()).filter(
      (r) => !seen.has(r.id),
    );
  };
  const kpi = async () =>
    (
      await app.inject({
        method: 'GET',
        url: `/api/plans/${planId}/kpis/${code}?fy=R5`,
        headers: { ...admin },
      })
    ).json<KpiDetailView>();

  it('records a narrative entered by a department with its old and new text', async () => {
    const stored = (await kpi()).narratives.find((n) => n.fiscalYear === 2023);
    const entries = await newEntries(() =>
      app.inject({
        method: 'PUT',
        url: `/api/plans/${planId}/kpis/${code}/narratives/R5`,
        headers: { ...editor },
        payload: {
          text: '施設の集約化を進めた。',
          department: null,
          version: stored?.version ?? 0,
        },
      }),
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor: editorEmail,
      address: '127.0.0.1',
      action: 'narrative.enter',
      plan_id: planId,
      kpi_code: '⑦',
      fiscal_year: 2023,
      old_value: stored?.text ?? null,
      new_value: '施設の集約化を進めた。',
    });
  });

  it('records a figure with the value it replaced (⑦ R5 283,179 → 282,000)', async () => {
    const stored = (await kpi()).figures.find(
      (f) => f.fiscalYear === 2023 && f.department === null,
    );
    const entries = await newEntries(() =>
      app.inject({
        method: 'PUT',
        url: `/api/plans/${planId}/kpis/${code}/figures/R5`,
        headers: { ...editor },
        payload: { value: '282,000', department: null, version: stored?.version ?? 0 },
      }),
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'figure.enter',
      kpi_code: '⑦',
      old_value: stored?.text,
      new_value: '282000',
    });
  });

  it('records a KPI edit field by field', async () => {
    const before = await kpi();
    const entries = await newEntries(() =>
      app.inject({
        method: 'PATCH',
        url: `/api/plans/${planId}/kpis/${code}`,
        headers: { ...admin },
        payload: {
          title: '公共施設の延床面積',
          unit: '㎡',
          version: before.version,
          reason: '表記の統一',
        },
      }),
    );
    expect(entries.map((e) => [e.kpi_code, e.field, e.old_value, e.new_value])).toEqual([
      ['⑦', 'title', before.row.title, '公共施設の延床面積'],
      ['⑦', 'unit', before.row.unit, '㎡'],
    ]);
  });

  it('records publication, refused sign-ins and accounts', async () => {
    const published = await newEntries(() =>
      app.inject({
        method: 'PUT',
        url: `/api/plans/${planId}/publications/R5`,
        headers: { ...admin },
        payload: { published: false, reason: '集計の誤りを確認するため' },
      }),
    );
    expect(published.map((e) => [e.action, e.fiscal_year, e.old_value, e.new_value])).toEqual([
      ['year.withdraw', 2023, 'true', 'false: 集計の誤りを確認するため'],
    ]);
    const refused = await newEntries(async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: editorEmail, password: 'not the password' },
      });
      return { statusCode: response.statusCode === 401 ? 200 : response.statusCode };
    });
    expect(refused.map((e) => [e.action, e.new_value])).toEqual([['session.refused', editorEmail]]);
    const added = await newEntries(() =>
      app.inject({
        method: 'POST',
        url: '/api/accounts',
        headers: { ...admin },
        payload: {
          email: 'new.viewer@example.jp',
          role: 'viewer',
          password: 'long enough password',
        },
      }),
    );
    expect(added.map((e) => [e.action, e.field, e.new_value])).toEqual([
      ['account.add', 'email', 'new.viewer@example.jp'],
      ['account.add', 'role', 'viewer'],
    ]);
    expect(JSON.stringify(added)).not.toContain('long enough password');
  });

  it('shows the admin the log with names, filtered by KPI; refuses it to an editor', async () => {
    const put = async (who: SessionHeaders, url: string, payload: object) =>
      app.inject({
        method: 'PUT',
        url: `/api/plans/${planId}/kpis/${code}/${url}`,
        headers: { ...who },
        payload,
      });
    const before = await kpi();
    const version = (kind: 'figures' | 'narratives') =>
      before[kind].find((r) => r.fiscalYear === 2023 && r.department === null)?.version ?? 0;
    await put(editor, 'narratives/R5', {
      text: '集約化',
      department: null,
      version: version('narratives'),
    });
    await put(editor, 'figures/R5', {
      value: '282,000',
      department: null,
      version: version('figures'),
    });
    await app.inject({
      method: 'PATCH',
      url: `/api/plans/${planId}/kpis/${code}`,
      headers: { ...admin },
      payload: {
        title: '公共施設の延床面積',
        unit: '㎡',
        version: before.version,
        reason: '表記の統一',
      },
    });
    const page = await app.inject({
      method: 'GET',
      url: `/api/audit?plan=${planId}&kpi=${code}&limit=2`,
      headers: { ...admin },
    });
    expect(page.statusCode).toBe(200);
    const body = page.json<AuditPageView>();
    expect(body.entries).toHaveLength(2);
    expect(body.entries.every((e) => e.kpiCode === '⑦')).toBe(true);
    expect(body.next).not.toBeNull();
    const rest = (
      await app.inject({
        method: 'GET',
        url: `/api/audit?plan=${planId}&kpi=${code}&before=${body.next}`,
        headers: { ...admin },
      })
    ).json<AuditPageView>();
    const actions = [...body.entries, ...rest.entries].map((e) => e.action);
    expect(actions).toEqual([
      'kpi.change',
      'kpi.change',
      'figure.enter',
      'narrative.enter',
      'entry.reopen',
    ]);
    expect(rest.entries.at(-2)).toMatchObject({ actor: editorEmail, actorName: '企画 花子' });
    const detail = await kpi();
    expect(detail.changes.map((c) => c.actorName)).toContain('企画 花子');
    const refused = await app.inject({ method: 'GET', url: '/api/audit', headers: { ...editor } });
    expect(refused.statusCode).toBe(403);
  });
});
