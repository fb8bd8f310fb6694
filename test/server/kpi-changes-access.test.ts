import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditEntryView, KpiDetailView } from '../../src/domain/api-contract.ts';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import { planCall } from '../support/plan-calls.ts';
import type { SessionHeaders } from '../support/sessions.ts';

const SEVENTEEN = encodeURIComponent('⑰');
const DRAFT_FIGURE = '3';
const DRAFT_NARRATIVE = '上下水道事業の経営戦略を見直し中（下書き）。';
const EDITOR_ADDRESS = '10.20.30.40';

/*
 * A KPI page's change list (issue 25, 4): an editor reads the drafts, and their history, of its
 * own departments only (DESIGN "Who sees and changes what"), with or without drafts=1; the
 * address a change came from is for admins. ⑰ is broken down by 総務課, 情報政策課 and
 * 上下水道課: 上下水道課's editor saves a draft of its row, 総務課's editor reads the page.
 */
forEachDatabase((_kind, _getDb, getHandle) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());

  const changesOf = async (planId: number, who: SessionHeaders, query: string) => {
    const answer = await planCall<KpiDetailView>(
      app,
      planId,
      who,
      'GET',
      `/kpis/${SEVENTEEN}?fy=R6${query}`,
    );
    expect(answer.status).toBe(200);
    return answer.body?.changes ?? [];
  };
  const mentionsDraft = (entries: readonly AuditEntryView[]) =>
    entries.filter(
      (e) =>
        e.field === '上下水道課' ||
        e.newValue === DRAFT_NARRATIVE ||
        (e.entity === 'figure' && e.newValue === DRAFT_FIGURE),
    );

  it('shows an editor its own departments’ changes only, and addresses to admins only', async () => {
    const tenant = await freshTenant(getHandle());
    const { planId } = tenant;
    const admin = (await tenant.member({ role: 'admin' })).headers;
    const water = (await tenant.member({ role: 'editor', departments: ['上下水道課'] })).headers;
    const general = (await tenant.member({ role: 'editor', departments: ['総務課'] })).headers;
    const viewer = (await tenant.member({ role: 'viewer' })).headers;
    expect(
      (await planCall(app, planId, admin, 'POST', '/rounds', { fy: 'R6', due: '2025-05-31' }))
        .status,
    ).toBe(201);
    for (const [what, payload] of [
      ['figures', { value: DRAFT_FIGURE, department: '上下水道課', version: 0 }],
      ['narratives', { text: DRAFT_NARRATIVE, department: '上下水道課', version: 0 }],
    ] as const) {
      const saved = await app.inject({
        method: 'PUT',
        url: `/api/plans/${planId}/kpis/${SEVENTEEN}/${what}/R6`,
        headers: { ...water },
        payload,
        remoteAddress: EDITOR_ADDRESS,
      });
      expect(saved.statusCode).toBeLessThan(300);
    }

    // The department's own editor and the admin read the draft's history.
    const own = await changesOf(planId, water, '');
    expect(mentionsDraft(own).length).toBeGreaterThanOrEqual(2);
    expect(own.every((e) => e.address === null)).toBe(true);
    const byAdmin = await changesOf(planId, admin, '');
    expect(mentionsDraft(byAdmin).map((e) => e.address)).toContain(EDITOR_ADDRESS);

    // Another department's editor does not, whether it asks for drafts or not.
    for (const query of ['', '&drafts=1']) {
      const other = await changesOf(planId, general, query);
      expect(mentionsDraft(other)).toEqual([]);
      expect(JSON.stringify(other)).not.toContain(DRAFT_NARRATIVE);
      expect(other.every((e) => e.address === null)).toBe(true);
    }
    // A viewer reads every department's, without the addresses.
    const byViewer = await changesOf(planId, viewer, '&drafts=1');
    expect(mentionsDraft(byViewer).length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(byViewer)).not.toContain(EDITOR_ADDRESS);
  });
});
