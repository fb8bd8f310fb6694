import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { EntryFormView, KpiDetailView } from '../../src/domain/api-contract.ts';
import { SYSTEM } from '../../src/domain/access.ts';
import { buildApp } from '../../src/server/app.ts';
import { importReport } from '../../src/services/import-report.ts';
import { forEachDatabase } from '../support/databases.ts';
import type { Tenant } from '../support/fresh-plan.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import { planCall, writeSelfEvaluation } from '../support/plan-calls.ts';
import type { SessionHeaders } from '../support/sessions.ts';

const SEVEN = encodeURIComponent('⑦');

/*
 * A KPI declares the range of its figures (issue 23): ⑦'s floor area in m² has no range by its
 * unit; the planning division declares 0–300,000, and an entry of 310,000 cannot be submitted.
 * The range is a setting of the KPI, not of a published year: no reason asked, and an import of
 * the table again keeps it.
 */
forEachDatabase((_kind, _getDb, getHandle) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let admin: SessionHeaders;
  let kikaku: SessionHeaders;

  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());
  beforeEach(async () => {
    tenant = await freshTenant(getHandle());
    admin = (await tenant.member({ role: 'admin' })).headers;
    kikaku = (await tenant.member({ role: 'editor', departments: ['企画課'] })).headers;
  });

  const call = (
    who: SessionHeaders,
    method: 'GET' | 'PUT' | 'POST' | 'PATCH',
    path: string,
    payload?: object,
  ) => planCall(app, tenant.planId, who, method as 'GET', path, payload);
  const detail = async () =>
    (await call(admin, 'GET', `/kpis/${SEVEN}?fy=R5`)).body as KpiDetailView;
  const declare = async (validRange: object | null) =>
    call(admin, 'PATCH', `/kpis/${SEVEN}`, { validRange, version: (await detail()).version });

  it('declares ⑦’s range, refuses a submission outside it, and keeps it through an import', async () => {
    expect((await detail()).validRange).toBeNull();
    const set = await declare({ min: 0, max: 300000 });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect((await detail()).validRange).toEqual({ min: 0, max: 300000, declared: true });

    // The table imported again declares no range: the one set in the app stays.
    const bytes = await readFile(new URL('../../sample/yuzawa-r5-kpi-report.tsv', import.meta.url));
    await importReport(
      getHandle(),
      { file: 'yuzawa.tsv', bytes, planName: tenant.planName, municipality: tenant.municipality },
      SYSTEM,
      new Date(),
    );
    expect((await detail()).validRange).toEqual({ min: 0, max: 300000, declared: true });

    expect((await call(admin, 'POST', '/rounds', { fy: 'R6', due: '2025-05-31' })).status).toBe(
      201,
    );
    const form = (await call(kikaku, 'GET', `/rounds/R6/entries/${SEVEN}?department=企画課`))
      .body as EntryFormView;
    expect(form.kpi.validRange).toEqual({ min: 0, max: 300000 });
    const saved = await call(kikaku, 'PUT', `/kpis/${SEVEN}/figures/R6`, {
      value: '310,000',
      department: null,
      version: 0,
    });
    expect(saved.status).toBe(200);
    await writeSelfEvaluation(app, tenant.planId, kikaku, '⑦', 'R6');
    await call(kikaku, 'PUT', `/kpis/${SEVEN}/narratives/R6`, {
      text: '集約化',
      department: null,
      version: 0,
    });
    const refused = await call(kikaku, 'POST', `/rounds/R6/entries/${SEVEN}/submit`, {
      department: '企画課',
    });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(refused.body)).toContain('300000');

    // Given back to the unit (m²: open).
    expect((await declare(null)).status).toBe(200);
    expect((await detail()).validRange).toBeNull();
  });

  it('refuses a range whose lowest value is above its highest, changing nothing', async () => {
    const bad = await declare({ min: 10, max: 5 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('validRange');
    expect((await detail()).validRange).toBeNull();
  });
});
