import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { KpiDetailView, PlanReportView } from '../../src/domain/api-contract.ts';
import { DEFAULT_EVALUATION_SCHEME } from '../../src/domain/evaluation.ts';
import { buildApp } from '../../src/server/app.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import { planCall } from '../support/plan-calls.ts';
import type { SessionHeaders } from '../support/sessions.ts';

const SEVEN = encodeURIComponent('⑦');

/*
 * Evaluations in levels (issue 21), over HTTP on both databases: who writes which level of ⑦
 * (企画課's KPI), the version rule, the audit entry, and who reads which level.
 */
forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  let planId: number;
  let admin: SessionHeaders;
  let kikaku: SessionHeaders;
  let johoseisaku: SessionHeaders;
  let committee: SessionHeaders;
  let viewer: SessionHeaders;

  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());
  beforeEach(async () => {
    const tenant = await freshTenant(getHandle());
    planId = tenant.planId;
    admin = (await tenant.member({ role: 'admin' })).headers;
    kikaku = (await tenant.member({ role: 'editor', departments: ['企画課'], name: '企画 太郎' }))
      .headers;
    johoseisaku = (await tenant.member({ role: 'editor', departments: ['情報政策課'] })).headers;
    committee = (await tenant.member({ role: 'committee', name: '委員 花子' })).headers;
    viewer = (await tenant.member({ role: 'viewer' })).headers;
    const opened = await call(admin, 'POST', '/rounds', { fy: 'R6', due: '2025-05-31' });
    expect(opened.status).toBe(201);
  });

  const call = (
    who: SessionHeaders | undefined,
    method: 'GET' | 'PUT' | 'POST',
    path: string,
    payload?: object,
  ) => planCall(app, planId, who, method, path, payload);
  const evaluate = (
    who: SessionHeaders,
    level: string,
    extra: { grade?: string; text?: string; version?: number; direction?: string | null } = {},
    fy = 'R6',
  ) =>
    call(who, 'PUT', `/kpis/${SEVEN}/evaluations/${fy}`, {
      level,
      grade: extra.grade ?? 'B',
      text: extra.text ?? '施設の集約化はおおむね計画どおり',
      version: extra.version ?? 0,
      ...(extra.direction === undefined ? {} : { direction: extra.direction }),
    });
  const detail = async (who: SessionHeaders | undefined, fy = 'R6') => {
    const answer = await call(who, 'GET', `/kpis/${SEVEN}?fy=${fy}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body as KpiDetailView;
  };
  const evaluationAudit = () =>
    getDb()
      .selectFrom('audit_log')
      .select(['action', 'field', 'old_value', 'new_value', 'kpi_code', 'fiscal_year'])
      .where('plan_id', '=', planId)
      .where('entity', '=', 'evaluation')
      .orderBy('id')
      .execute();

  it('lets 企画課 write ⑦’s self-evaluation in the open round, versioned and audited', async () => {
    const first = await evaluate(kikaku, 'self', { grade: 'B', text: '集約化を進めた' });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({
      level: 'self',
      grade: 'B',
      version: 1,
      author: '企画 太郎',
    });
    // A second writer who read version 0 is refused, and changes nothing.
    const stale = await evaluate(kikaku, 'self', { grade: 'A' });
    expect(stale.status).toBe(409);
    const again = await evaluate(kikaku, 'self', { grade: 'C', text: '遅れが出た', version: 1 });
    expect(again.body).toMatchObject({ grade: 'C', version: 2 });
    expect(await evaluationAudit()).toEqual([
      {
        action: 'evaluation.write',
        field: 'self',
        old_value: null,
        new_value: 'B: 集約化を進めた',
        kpi_code: '⑦',
        fiscal_year: 2024,
      },
      {
        action: 'evaluation.write',
        field: 'self',
        old_value: 'B: 集約化を進めた',
        new_value: 'C: 遅れが出た',
        kpi_code: '⑦',
        fiscal_year: 2024,
      },
    ]);
    // The KPI's entry is a draft now, as when a figure is saved.
    const board = await call(admin, 'GET', '/rounds/R6');
    const entries = (board.body as { entries: { code: string; state: string }[] }).entries;
    expect(entries.find((e) => e.code === '⑦')?.state).toBe('draft');
  });

  it('refuses an editor another department’s KPI and every level but the self (403), changing nothing', async () => {
    expect((await evaluate(johoseisaku, 'self')).status).toBe(403);
    for (const level of ['second', 'external', 'final']) {
      expect((await evaluate(kikaku, level, { direction: 'continue' })).status, level).toBe(403);
    }
    expect((await evaluate(viewer, 'self')).status).toBe(403);
    expect(await evaluationAudit()).toEqual([]);
  });

  it('lets a committee member write the external level only', async () => {
    const external = await evaluate(committee, 'external', { grade: 'C', text: '説明が不足' });
    expect(external.status, JSON.stringify(external.body)).toBe(200);
    expect(external.body).toMatchObject({ level: 'external', author: '委員 花子', version: 1 });
    for (const level of ['self', 'second', 'final']) {
      expect((await evaluate(committee, level, { direction: 'continue' })).status, level).toBe(403);
    }
    expect((await evaluationAudit()).map((a) => a.field)).toEqual(['external']);
  });

  it('lets an admin write the second evaluation and the final judgement with its way ahead', async () => {
    expect((await evaluate(admin, 'second', { grade: 'C' })).status).toBe(200);
    const noDirection = await evaluate(admin, 'final');
    expect(noDirection.status).toBe(400);
    expect(JSON.stringify(noDirection.body)).toContain('direction');
    const final = await evaluate(admin, 'final', { grade: 'C', direction: 'review' });
    expect(final.status, JSON.stringify(final.body)).toBe(200);
    expect(final.body).toMatchObject({ level: 'final', direction: 'review' });
    const audited = await evaluationAudit();
    expect(audited.at(-1)?.new_value).toBe('C（見直し）: 施設の集約化はおおむね計画どおり');
    const levels = (await detail(viewer)).evaluations.map((e) => [e.level, e.grade, e.direction]);
    expect(levels).toEqual([
      ['second', 'C', null],
      ['final', 'C', 'review'],
    ]);
  });

  it('refuses a grade not on the plan’s scale and an empty text, naming the field, changing nothing', async () => {
    const grade = await evaluate(kikaku, 'self', { grade: 'E' });
    expect(grade.status).toBe(400);
    expect(grade.body).toMatchObject({ error: { code: 'validation' } });
    expect(JSON.stringify(grade.body)).toMatch(/grade.*A, B, C, D/);
    const text = await evaluate(kikaku, 'self', { text: '   ' });
    expect(text.status).toBe(400);
    expect(JSON.stringify(text.body)).toContain('text');
    // A special code of the scale is a grade too.
    expect((await evaluate(kikaku, 'self', { grade: '評価困難' })).status).toBe(200);
    expect((await evaluationAudit()).length).toBe(1);
  });

  it('refuses an editor’s self-evaluation of a year with no open round, as a figure', async () => {
    expect((await evaluate(kikaku, 'self', {}, 'R7')).status).toBe(403);
  });

  it('shows the committee a self-evaluation once submitted, never as a draft', async () => {
    expect((await evaluate(kikaku, 'self')).status).toBe(200);
    const levelsOf = async (who: SessionHeaders) =>
      (await detail(who)).evaluations.map((e) => e.level);
    expect(await levelsOf(kikaku)).toEqual(['self']);
    expect(await levelsOf(admin)).toEqual(['self']);
    expect(await levelsOf(committee)).toEqual([]);
    expect(await levelsOf(johoseisaku)).toEqual([]);
    const onCommitteeBoard = async () => {
      const board = await call(committee, 'GET', '/rounds/R6');
      expect(board.status).toBe(200);
      return (board.body as { entries: { code: string; state: string }[] }).entries;
    };
    // The committee's board holds no department's draft.
    expect((await onCommitteeBoard()).map((e) => e.state)).toEqual([]);
    const figure = await call(kikaku, 'PUT', `/kpis/${SEVEN}/figures/R6`, {
      value: '282,000',
      department: null,
      version: 0,
    });
    expect(figure.status).toBe(200);
    await call(kikaku, 'PUT', `/kpis/${SEVEN}/narratives/R6`, {
      text: '公共施設の統廃合を進めた',
      department: null,
      version: 0,
    });
    const submitted = await call(kikaku, 'POST', `/rounds/R6/entries/${SEVEN}/submit`, {
      department: '企画課',
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(await levelsOf(committee)).toEqual(['self']);
    expect(await onCommitteeBoard()).toEqual([
      expect.objectContaining({ code: '⑦', state: 'submitted' }),
    ]);
    expect((await detail(committee)).evaluationRights).toEqual(['external']);
    expect((await detail(kikaku)).evaluationRights).toEqual(['self']);
    expect((await detail(admin)).evaluationRights).toEqual(['self', 'second', 'external', 'final']);
  });

  it('shows visitors the published levels of a published year only', async () => {
    // R5 is published; the plan publishes the final judgement only.
    const scheme = { ...DEFAULT_EVALUATION_SCHEME, published: ['final'], version: 0 };
    const set = await call(admin, 'PUT', '/evaluation-scheme', scheme);
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toMatchObject({ published: ['final'], version: 1 });
    expect((await evaluate(admin, 'self', {}, 'R5')).status).toBe(200);
    expect((await evaluate(admin, 'second', {}, 'R5')).status).toBe(200);
    expect((await evaluate(committee, 'external', {}, 'R5')).status).toBe(200);
    expect((await evaluate(admin, 'final', { direction: 'continue' }, 'R5')).status).toBe(200);
    const visitor = await detail(undefined, 'R5');
    expect(visitor.evaluations).toEqual([
      expect.objectContaining({ level: 'final', direction: 'continue', author: null }),
    ]);
    expect(visitor.evaluationRights).toEqual([]);
    expect((await detail(viewer, 'R5')).evaluations.map((e) => e.level)).toEqual([
      'self',
      'second',
      'external',
      'final',
    ]);
    // R6 is not published: a visitor does not reach it at all.
    expect((await call(undefined, 'GET', `/kpis/${SEVEN}?fy=R6`)).status).toBe(404);
  });

  it('prints the published levels beside the published year’s table, and follows the scheme', async () => {
    const report = async (who: SessionHeaders | undefined, fy: string) => {
      const answer = await call(who, 'GET', `/report?fy=${fy}`);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      return (answer.body as PlanReportView).evaluations;
    };
    // Read once first, so a cached report must notice the evaluations written after it.
    expect(await report(undefined, 'R5')).toEqual([]);
    expect((await evaluate(admin, 'second', { grade: 'C' }, 'R5')).status).toBe(200);
    expect((await evaluate(admin, 'final', { grade: 'B', direction: 'review' }, 'R5')).status).toBe(
      200,
    );
    expect(await report(undefined, 'R5')).toEqual([
      {
        code: '⑦',
        level: 'second',
        grade: 'C',
        meaning: '遅れ',
        text: expect.any(String),
        direction: null,
      },
      {
        code: '⑦',
        level: 'final',
        grade: 'B',
        meaning: 'おおむね順調',
        text: expect.any(String),
        direction: 'review',
      },
    ]);
    // The plan stops publishing the second level: the table follows at once.
    const scheme = { ...DEFAULT_EVALUATION_SCHEME, published: ['final'], version: 0 };
    expect((await call(admin, 'PUT', '/evaluation-scheme', scheme)).status).toBe(200);
    expect((await report(undefined, 'R5')).map((e) => e.level)).toEqual(['final']);
    // R6 is not published: its table carries no evaluation, even for a member.
    expect((await evaluate(kikaku, 'self', {}, 'R6')).status).toBe(200);
    expect(await report(admin, 'R6')).toEqual([]);
  });

  it('lets an admin set the plan’s grades and levels, audited; refuses a bad scheme naming the field', async () => {
    const scheme = {
      levels: ['self', 'second', 'final'],
      grades: [
        { label: 'S', meaning: '目標を大きく上回る' },
        { label: 'A', meaning: '順調' },
        { label: 'B', meaning: '遅れ' },
        { label: '中止', meaning: '取組を中止した', special: true },
      ],
      published: ['final'],
      version: 0,
    };
    const twice = await call(admin, 'PUT', '/evaluation-scheme', {
      ...scheme,
      grades: [...scheme.grades, { label: 'A', meaning: '再掲' }],
    });
    expect(twice.status).toBe(400);
    expect(JSON.stringify(twice.body)).toContain('grades');
    const unused = await call(admin, 'PUT', '/evaluation-scheme', {
      ...scheme,
      published: ['external'],
    });
    expect(unused.status).toBe(400);
    expect(JSON.stringify(unused.body)).toContain('published');
    expect((await call(committee, 'PUT', '/evaluation-scheme', scheme)).status).toBe(403);
    expect((await call(admin, 'PUT', '/evaluation-scheme', scheme)).status).toBe(200);
    expect((await call(admin, 'PUT', '/evaluation-scheme', scheme)).status).toBe(409);
    expect((await call(undefined, 'GET', '/evaluation-scheme')).body).toMatchObject({
      grades: [{ label: 'S' }, { label: 'A' }, { label: 'B' }, { label: '中止', special: true }],
      version: 1,
    });
    // The new scale rules the levels: S is a grade now, C is not, and external is not used.
    expect((await evaluate(kikaku, 'self', { grade: 'S' })).status).toBe(200);
    expect((await evaluate(admin, 'second', { grade: 'C' })).status).toBe(400);
    expect((await evaluate(committee, 'external')).status).toBe(400);
    const changes = await getDb()
      .selectFrom('audit_log')
      .select(['action', 'field'])
      .where('plan_id', '=', planId)
      .where('field', '=', 'evaluation scheme')
      .execute();
    expect(changes).toEqual([{ action: 'plan.change', field: 'evaluation scheme' }]);
  });

  it('puts ⑦’s self-evaluation beside its entry on the board and on the entry page', async () => {
    expect((await evaluate(kikaku, 'self', { grade: 'B', text: '集約化を進めた' })).status).toBe(
      200,
    );
    const board = (await call(admin, 'GET', '/rounds/R6')).body as {
      entries: { code: string; selfEvaluation: unknown }[];
    };
    expect(board.entries.find((e) => e.code === '⑦')?.selfEvaluation).toEqual({
      grade: 'B',
      text: '集約化を進めた',
    });
    expect(board.entries.find((e) => e.code === '⑧')?.selfEvaluation).toBeNull();
    const entryPath = `/rounds/R6/entries/${SEVEN}?department=${encodeURIComponent('企画課')}`;
    const form = await call(kikaku, 'GET', entryPath);
    expect(form.status, JSON.stringify(form.body)).toBe(200);
    expect((form.body as { selfEvaluation: unknown }).selfEvaluation).toMatchObject({
      scheme: { levels: ['self', 'second', 'external', 'final'], version: 0 },
      stored: { grade: 'B', text: '集約化を進めた', version: 1 },
    });
    // The committee does not read the department's draft entry.
    expect((await call(committee, 'GET', entryPath)).status).toBe(403);
  });

  it('lets exactly one of several writers naming the same version win', async () => {
    const answers = await Promise.all(
      ['A', 'B', 'C', 'D', 'A'].map((grade) => evaluate(admin, 'second', { grade })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409]);
    expect((await evaluationAudit()).length).toBe(1);
  });
});
