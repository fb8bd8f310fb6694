import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { RoundBoardView } from '../../src/domain/api-contract.ts';
import type { RoundCompleteness } from '../../src/domain/round-completeness.ts';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import { planCall, writeSelfEvaluation } from '../support/plan-calls.ts';
import type { SessionHeaders } from '../support/sessions.ts';

const code = (c: string) => encodeURIComponent(c);

/*
 * Completeness before closing and publishing (issue 21), over HTTP on both databases: the
 * opening names the departments nobody was e-mailed for; the board counts the entries by
 * state, names those not approved and flags each department without an editor account; the
 * close answers what the round left.
 */
forEachDatabase((_kind, _getDb, getHandle) => {
  let app: FastifyInstance;
  let planId: number;
  let admin: SessionHeaders;
  let kikaku: SessionHeaders;
  let opened: { entries: number; departmentsWithoutEditor: string[] };

  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());
  // Editors for 企画課 and 情報政策課 only; 総務課, 上下水道課 and the rest have none.
  beforeEach(async () => {
    const tenant = await freshTenant(getHandle());
    planId = tenant.planId;
    admin = (await tenant.member({ role: 'admin' })).headers;
    kikaku = (await tenant.member({ role: 'editor', departments: ['企画課'] })).headers;
    await tenant.member({ role: 'editor', departments: ['情報政策課'] });
    opened = (await ok(
      call(admin, 'POST', '/rounds', { fy: 'R6', due: '2025-05-31' }),
      201,
    )) as typeof opened;
  });

  const call = (
    who: SessionHeaders,
    method: 'GET' | 'PUT' | 'POST',
    path: string,
    payload?: object,
  ) => planCall(app, planId, who, method, path, payload);
  const ok = async (step: Promise<{ status: number; body?: unknown }>, status = 200) => {
    const answer = await step;
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    return answer.body;
  };
  const approve7 = async () => {
    await ok(
      call(kikaku, 'PUT', `/kpis/${code('⑦')}/figures/R6`, {
        value: '282,000',
        department: null,
        version: 0,
      }),
    );
    await ok(
      call(kikaku, 'PUT', `/kpis/${code('⑦')}/narratives/R6`, {
        text: '統廃合を進めた',
        department: null,
        version: 0,
      }),
    );
    await writeSelfEvaluation(app, planId, kikaku, '⑦', 'R6');
    await ok(
      call(kikaku, 'POST', `/rounds/R6/entries/${code('⑦')}/submit`, { department: '企画課' }),
    );
    await ok(
      call(admin, 'POST', `/rounds/R6/entries/${code('⑦')}/approve`, { department: '企画課' }),
    );
  };

  it('names at the opening the departments nobody was e-mailed for', () => {
    expect(opened.departmentsWithoutEditor).toContain('総務課');
    expect(opened.departmentsWithoutEditor).toContain('上下水道課');
    expect(opened.departmentsWithoutEditor).not.toContain('企画課');
    expect(opened.departmentsWithoutEditor).not.toContain('情報政策課');
  });

  it('counts the board’s entries by state, names those not approved, flags departments without an editor', async () => {
    await approve7();
    const board = (await ok(call(admin, 'GET', '/rounds/R6'))) as RoundBoardView;
    const { completeness } = board;
    expect(completeness.total).toBe(opened.entries);
    expect(completeness.counts).toEqual({
      not_started: opened.entries - 1,
      draft: 0,
      submitted: 0,
      returned: 0,
      approved: 1,
    });
    expect(completeness.notApproved).toHaveLength(opened.entries - 1);
    expect(completeness.notApproved).toContainEqual(
      expect.objectContaining({ code: '⑧', department: '企画課', state: 'not_started' }),
    );
    expect(completeness.notApproved.some((e) => e.code === '⑦')).toBe(false);
    expect(completeness.departmentsWithoutEditor).toEqual(opened.departmentsWithoutEditor);
    const editors = Object.fromEntries(board.departments.map((d) => [d.department, d.editors]));
    expect(editors).toMatchObject({ 企画課: 1, 情報政策課: 1, 総務課: 0 });
  });

  it('answers the close with what the round left', async () => {
    await approve7();
    const closed = (await ok(call(admin, 'POST', '/rounds/R6/close'))) as {
      state: string;
      left: RoundCompleteness;
    };
    expect(closed.state).toBe('closed');
    expect(closed.left.counts).toMatchObject({ approved: 1, not_started: opened.entries - 1 });
    expect(closed.left.departmentsWithoutEditor).toContain('総務課');
    expect(closed.left.notApproved).toHaveLength(opened.entries - 1);
  });
});
