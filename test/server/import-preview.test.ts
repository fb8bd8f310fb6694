import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { fixtureBytes } from '../support/test-files.ts';
import { buildApp } from '../../src/server/app.ts';
import type { ImportPreviewView, ImportResultView } from '../../src/domain/api-contract.ts';
import { forEachDatabase } from '../support/databases.ts';
import type { Tenant } from '../support/fresh-plan.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import { multipartBody } from '../support/multipart.ts';
import type { SessionHeaders } from '../support/sessions.ts';

/** "R5 数値" names no role the importer knows: read as it is, the rates come from R4. */
const TABLE = new TextDecoder().decode(fixtureBytes('made-up/unknown-year-column-no-rate-r5.tsv'));
/** Next year's file of the same shape: every year one later. */
const NEXT_YEAR = new TextDecoder().decode(
  fixtureBytes('made-up/unknown-year-column-no-rate-r6.tsv'),
);
const R5_AS_ACTUAL = JSON.stringify([{ column: 5, role: 'actual' }]);
/** The same table with its R4 column gone: no column of actuals by its words. */
const LACKING = new TextDecoder().decode(fixtureBytes('made-up/no-actual-column-no-rate-r5.tsv'));
/** A plan's own indicators: 現状値 and 目標値, no year measured yet. */
const PLAN_TABLE = new TextDecoder().decode(fixtureBytes('made-up/plan-indicators-r2.tsv'));
/** The same with its printed rates, which find the column of actuals. */
const WITH_RATES = new TextDecoder().decode(fixtureBytes('made-up/no-actual-column-r5.tsv'));

forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let admin: SessionHeaders;
  let planName: string;
  let plans = 0;

  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());
  beforeEach(async () => {
    tenant = await freshTenant(getHandle());
    admin = (await tenant.member({ role: 'admin' })).headers;
    plans += 1;
    planName = `取込の確認-${plans}`;
  });

  const post = (
    url: string,
    fields: Record<string, string>,
    as: SessionHeaders | null,
    text = TABLE,
  ) => {
    const body = multipartBody(fields, { name: 'kpi.tsv', bytes: Buffer.from(text) });
    return app.inject({
      method: 'POST',
      url,
      payload: body.payload,
      headers: { ...body.headers, ...(as ?? {}) },
    });
  };
  const preview = async (fields: Record<string, string>, text = TABLE) => {
    const response = await post('/api/imports/preview', fields, admin, text);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ImportPreviewView>();
  };
  /** Imports a table as a new plan: what the import did. */
  const importAsNewPlan = async (text: string) => {
    const imported = await post(
      '/api/imports',
      { plan: planName, createPlan: 'true' },
      admin,
      text,
    );
    expect(imported.statusCode, imported.body).toBe(200);
    return imported.json<ImportResultView>();
  };
  /** A plan's tree as the admin reads it: its version and grading scale. */
  const planTree = async (planId: number) =>
    (
      await app.inject({ method: 'GET', url: `/api/plans/${planId}/tree`, headers: { ...admin } })
    ).json<{ version: number; gradeScale: { labels: string[]; cuts: number[] } }>();
  /** Rows a write would leave: audit lines (a refusal's own aside), mappings and plans. */
  const traces = async () => {
    const count = async (table: 'audit_log' | 'import_mappings' | 'plans') =>
      Number(
        (
          await getDb()
            .selectFrom(table)
            .select(sql<number>`count(*)`.as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const refusals = await getDb()
      .selectFrom('audit_log')
      .select(sql<number>`count(*)`.as('n'))
      .where('action', '=', 'session.refused')
      .executeTakeFirstOrThrow();
    return [
      (await count('audit_log')) - Number(refusals.n),
      await count('import_mappings'),
      await count('plans'),
    ];
  };

  it('refuses a visitor (401), a viewer and an editor (403) before reading anything', async () => {
    const members = [
      (await tenant.member({ role: 'viewer' })).headers,
      (await tenant.member({ role: 'editor', departments: ['企画課'] })).headers,
    ];
    const before = await traces();
    expect((await post('/api/imports/preview', { plan: planName }, null)).statusCode).toBe(401);
    for (const member of members) {
      const role = member === members[0] ? 'viewer' : 'editor';
      const response = await post(
        '/api/imports/preview',
        { plan: planName, columnRoles: '{not json' },
        member,
      );
      expect(response.statusCode, role).toBe(403);
      const imported = await post('/api/imports', { plan: planName }, member);
      expect(imported.statusCode, role).toBe(403);
    }
    expect(await traces()).toEqual(before);
  });

  it('shows the table as read: columns and why, rows, rates matched or not; changes nothing', async () => {
    const before = await traces();
    const view = await preview({ plan: planName });
    expect(view.columns.map((c) => [c.column, c.role])).toEqual([
      [1, 'kpi'],
      [2, 'unit'],
      [3, 'baseline'],
      [4, 'actual'],
      [5, 'other'],
      [6, 'target'],
    ]);
    expect(view.columns[4]?.because).toBe('no known word');
    expect(view.rows.map((r) => [r.row, r.kind, r.kpi])).toEqual([
      [1, 'header', null],
      [2, 'kpi', '①'],
      [3, 'kpi', '②'],
    ]);
    expect(view.kpis.map((k) => [k.code, k.printed, k.computed, k.match])).toEqual([
      ['①', null, '60%', null],
      ['②', null, '55%', null],
    ]);
    expect(view.fiscalYear).toMatchObject({ year: 2022, source: 'inferred', column: 4 });
    expect(view.mapping).toEqual({ saved: false, savedAt: null, savedBy: null });
    expect(await traces()).toEqual(before);
  });

  it('reads a column as the role set by hand, and a column ignored as unplaced', async () => {
    const view = await preview({ plan: planName, columnRoles: R5_AS_ACTUAL });
    expect(view.columns[4]).toMatchObject({
      role: 'actual',
      fiscalYear: 2023,
      because: 'set by hand',
    });
    expect(view.kpis.map((k) => k.computed)).toEqual(['75%', '60%']);
    expect(view.fiscalYear?.year).toBe(2023);
    const ignored = await preview({
      plan: planName,
      columnRoles: JSON.stringify([{ column: 2, role: 'ignore' }]),
    });
    expect(ignored.unplaced.map((u) => [u.row, u.column, u.text, u.reason])).toEqual([
      [2, 2, '人', "ignored by the importer's mapping"],
      [3, 2, '件', "ignored by the importer's mapping"],
    ]);
  });

  it('saves the confirmed mapping with the plan, and applies it to next year’s file of the same shape', async () => {
    const imported = await post(
      '/api/imports',
      { plan: planName, fy: 'R5', columnRoles: R5_AS_ACTUAL, createPlan: 'true' },
      admin,
    );
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ planName, kpis: 2, mappingSaved: true });
    const audit = await getDb()
      .selectFrom('audit_log')
      .select(['action', 'new_value'])
      .where('action', '=', 'import.mapping')
      .where('municipality_id', '=', tenant.municipality.id)
      .execute();
    expect(audit).toEqual([
      { action: 'import.mapping', new_value: 'column 5: actual\nreport year offset 0' },
    ]);
    const next = await preview({ plan: planName }, NEXT_YEAR);
    expect(next.mapping).toMatchObject({ saved: true, savedBy: expect.stringContaining('admin') });
    expect(next.columns[4]).toMatchObject({
      role: 'actual',
      fiscalYear: 2024,
      because: 'set by hand',
      setByHand: true,
    });
    expect(next.fiscalYear).toMatchObject({ year: 2024 });
    expect(next.kpis.map((k) => [k.code, k.computed, k.match])).toEqual([
      ['①', '90%', null],
      ['②', '80%', null],
    ]);
    // Another plan has no mapping for the shape.
    expect((await preview({ plan: `${planName}-別` }, NEXT_YEAR)).mapping.saved).toBe(false);
  });

  it('shows a table lacking a column of actuals with the lack as a problem; imports it once a column is set to actual', async () => {
    const before = await traces();
    const view = await preview({ plan: planName }, LACKING);
    expect(view.columns.map((c) => [c.column, c.label, c.role])).toEqual([
      [1, '指標', 'kpi'],
      [2, '単位', 'unit'],
      [3, '基準値', 'baseline'],
      [4, 'R5 数値', 'other'],
      [5, '目標値 (R8)', 'target'],
    ]);
    expect(view.rows.map((r) => [r.row, r.kind, r.kpi])).toEqual([
      [1, 'header', null],
      [2, 'kpi', '①'],
      [3, 'kpi', '②'],
    ]);
    expect(view.problems).toEqual([
      {
        kind: 'role',
        row: 1,
        column: 1,
        message:
          'no column of actual values (実績値) found in the header; set a column’s role to actual',
      },
    ]);
    // Refused while it stands, even told to accept problems: nothing written.
    for (const url of ['/api/imports', '/api/imports?acceptProblems=true']) {
      const refused = await post(url, { plan: planName }, admin, LACKING);
      expect(refused.statusCode, url).toBe(400);
      expect(refused.json()).toMatchObject({
        error: {
          code: 'import',
          message: expect.stringContaining('kpi.tsv, row 1: no column of actual values'),
        },
      });
    }
    expect(await traces()).toEqual(before);

    const roles = JSON.stringify([{ column: 4, role: 'actual' }]);
    const corrected = await preview({ plan: planName, columnRoles: roles }, LACKING);
    expect(corrected.problems).toEqual([]);
    expect(corrected.columns[3]).toMatchObject({
      role: 'actual',
      fiscalYear: 2023,
      setByHand: true,
    });
    expect(corrected.kpis.map((k) => [k.code, k.computed, k.match])).toEqual([
      ['①', '75%', null],
      ['②', '60%', null],
    ]);
    const imported = await post(
      '/api/imports',
      { plan: planName, columnRoles: roles, createPlan: 'true' },
      admin,
      LACKING,
    );
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({
      planName,
      fiscalYear: 2023,
      kpis: 2,
      mappingSaved: true,
    });
    const kpis = await getDb()
      .selectFrom('kpis')
      .innerJoin('plans', 'plans.id', 'kpis.plan_id')
      .select('kpis.code')
      .where('plans.name', '=', planName)
      .where('plans.municipality_id', '=', tenant.municipality.id)
      .orderBy('kpis.code')
      .execute();
    expect(kpis.map((k) => k.code)).toEqual(['①', '②']);
  });

  it('shows a plan’s own indicator table as such, and imports its KPIs with baselines and targets and no figures', async () => {
    const view = await preview({ plan: planName }, PLAN_TABLE);
    expect(view.planTable).toBe(true);
    expect(view.problems).toEqual([]);
    expect(view.columns.map((c) => c.role)).toEqual(['kpi', 'unit', 'baseline', 'target']);
    // A progress table is not one.
    expect((await preview({ plan: planName }, WITH_RATES)).planTable).toBe(false);

    // Dated from the plan's first year, the one after the baselines' R2.
    const imported = await importAsNewPlan(PLAN_TABLE);
    expect(imported).toMatchObject({ planName, kpis: 2, fiscalYear: 2021 });
    const kpis = await getDb()
      .selectFrom('kpis')
      .innerJoin('plans', 'plans.id', 'kpis.plan_id')
      .select([
        'kpis.id',
        'kpis.code',
        'kpis.baseline_value',
        'kpis.baseline_year',
        'kpis.target_value',
        'kpis.target_year',
        'kpis.direction',
      ])
      .where('plans.name', '=', planName)
      .where('plans.municipality_id', '=', tenant.municipality.id)
      .orderBy('kpis.code')
      .execute();
    expect(kpis.map(({ id: _, ...k }) => k)).toEqual([
      {
        code: '①',
        baseline_value: '1200',
        baseline_year: 2020,
        target_value: '1500',
        target_year: 2025,
        direction: 'increase',
      },
      {
        code: '②',
        baseline_value: '71',
        baseline_year: 2020,
        target_value: '0',
        target_year: 2025,
        direction: 'decrease',
      },
    ]);
    const figures = await getDb()
      .selectFrom('year_figures')
      .select(sql<number>`count(*)`.as('n'))
      .where(
        'kpi_id',
        'in',
        kpis.map((k) => k.id),
      )
      .executeTakeFirstOrThrow();
    expect(Number(figures.n)).toBe(0);
  });

  it('shows a table naming no year as read, its rates checked, with the lack of a year as a problem until it is given', async () => {
    const yearless = WITH_RATES.replace('R5 数値', '実績').replace('目標値 (R8)', '目標値');
    const view = await preview({ plan: planName }, yearless);
    expect(view.fiscalYear).toBeNull();
    expect(view.rows.map((r) => r.kind)).toEqual(['header', 'kpi', 'kpi']);
    expect(view.unplaced).toEqual([]);
    expect(view.kpis.map((k) => k.match)).toEqual([true, true]);
    expect(view.problems.map((p) => [p.kind, p.message])).toEqual([
      [
        'role',
        'no fiscal year in the headers, the title, the year columns or the file name; give one (--fy R5)',
      ],
    ]);
    const given = await preview({ plan: planName, fy: 'R5' }, yearless);
    expect(given.fiscalYear).toMatchObject({ year: 2023, source: 'option' });
    expect(given.problems).toEqual([]);
    expect(given.kpis.map((k) => [k.match, k.rule])).toEqual([
      [true, "actual ÷ target (the report year's actual), rounded half up to a whole percent"],
      [true, "actual ÷ target (the report year's actual), rounded half up to a whole percent"],
    ]);
  });

  it('shows a note printed under the table as a note, no cell unplaced, and imports the table', async () => {
    const noted = `${WITH_RATES.trimEnd()}\n※達成率は小数点以下を四捨五入しています。\n`;
    const view = await preview({ plan: planName }, noted);
    const last = view.rows.at(-1);
    expect(last).toMatchObject({
      kind: 'note',
      kpi: null,
      note: '※達成率は小数点以下を四捨五入しています。',
    });
    expect(view.rows.filter((r) => r.kind !== 'note').every((r) => r.note === null)).toBe(true);
    expect(view.unplaced).toEqual([]);
    expect(view.problems).toEqual([]);
    // Before, the note was a cell that could not be placed, and nothing was imported.
    expect((await importAsNewPlan(noted)).planId).toBeGreaterThan(0);
  });

  it('keeps the grading scale a plan was given when a table is imported into it again', async () => {
    const { planId } = await importAsNewPlan(WITH_RATES);
    const marks = { labels: ['◎', '○', '△', '×'], cuts: [100, 80, 60] };
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/plans/${planId}`,
      payload: { version: (await planTree(planId)).version, gradeScale: marks },
      headers: { ...admin },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const again = await post('/api/imports', { plan: planName }, admin, WITH_RATES);
    expect(again.statusCode, again.body).toBe(200);
    expect((await planTree(planId)).gradeScale).toEqual(marks);
  });

  it('gives a plan the import creates the grading scale a legend under its table states', async () => {
    const legend = `${WITH_RATES.trimEnd()}\n※評価 ◎:100%以上 ○:80%以上 △:60%以上 ×:60%未満\n`;
    const { planId } = await importAsNewPlan(legend);
    expect((await planTree(planId)).gradeScale).toEqual({
      labels: ['◎', '○', '△', '×'],
      cuts: [100, 80, 60],
    });
  });

  it('shows each printed grade beside the one the plan’s scale gives, and the scale: a legend’s where printed', async () => {
    const graded = [
      '指標\t基準値(R1)\t目標値(R6)\tR5実績\t達成率\t評価',
      '観光客数\t100\t200\t190\t95.0%\t○',
      '移住者数\t10\t30\t18\t60.0%\t○',
    ];
    const withLegend = await preview(
      { plan: planName },
      [...graded, '※評価 ◎:100%以上 ○:80%以上 △:60%以上 ×:60%未満'].join('\n'),
    );
    expect(withLegend.gradeScale).toEqual({ labels: ['◎', '○', '△', '×'], cuts: [100, 80, 60] });
    expect(withLegend.kpis.map((k) => [k.printedGrade, k.grade])).toEqual([
      ['○', '○'],
      ['○', '△'],
    ]);
    const plain = await preview({ plan: planName }, graded.join('\n'));
    expect(plain.gradeScale).toEqual({ labels: ['A', 'B', 'C', 'D'], cuts: [100, 80, 60] });
    expect(plain.kpis.map((k) => k.grade)).toEqual(['B', 'C']);
  });

  it('answers 400 naming columnRoles when it is not JSON or not a list of roles', async () => {
    for (const columnRoles of [
      '{not json',
      '[{"column":5,"role":"bogus"}]',
      '[{"column":0,"role":"actual"}]',
      '[{"column":5,"role":"actual"},{"column":5,"role":"target"}]',
    ]) {
      for (const url of ['/api/imports/preview', '/api/imports']) {
        const response = await post(url, { plan: planName, columnRoles }, admin);
        expect(response.statusCode, `${url} ${columnRoles}`).toBe(400);
        expect(response.body).toContain('columnRoles');
      }
    }
    expect((await post('/api/imports/preview', { fy: 'R99x' }, admin)).statusCode).toBe(400);
  });
});
