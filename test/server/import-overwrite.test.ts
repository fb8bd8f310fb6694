import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { recordingContext } from '../../src/cli/test-context.ts';
import { createDatabase } from '../../src/db/database.ts';
import { saveYearFigure } from '../../src/db/figure-repository.ts';
import { getKpiHistory } from '../../src/db/kpi-history.ts';
import {
  ensureMunicipality,
  findMunicipalityByCode,
} from '../../src/db/municipality-repository.ts';
import { findKpiId, findPlanByName } from '../../src/db/plan-repository.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/tables.ts';
import { decimal } from '../../src/domain/decimal.ts';
import { figureOf } from '../../src/domain/figure.ts';
import { fiscalYear } from '../../src/domain/fiscal-year.ts';
import { buildApp } from '../../src/server/app.ts';
import type { SessionHeaders } from '../support/sessions.ts';
import { memberSession } from '../support/sessions.ts';
import { DEMO_PLAN_NAME } from '../../src/services/demo-data.ts';
import { createDatabaseUrl, eachDatabase, forEachDatabase } from '../support/databases.ts';
import { demoPlan, freshPlan } from '../support/fresh-plan.ts';
import { multipartBody } from '../support/multipart.ts';
import { DEFAULT_MUNICIPALITY } from '../../src/config.ts';

const SAMPLE = new URL('../../sample/yuzawa-r5-kpi-report.tsv', import.meta.url).pathname;
const R5 = fiscalYear(2023);
/** ① R5 actual is 1 in the published table; a department has since typed 9. */
const ENTERED = '9';

/** The stored ① R5 actual of the KPI's own row. */
async function firstR5(db: Kysely<Database>, planId: number) {
  const kpiId = (await findKpiId(db, planId, '①')) ?? 0;
  const history = await getKpiHistory(db, kpiId);
  return {
    kpiId,
    figure: history.figures.find(
      (f) => f.series === 'actual' && f.fiscalYear === R5 && f.department === null,
    ),
    narrative: history.narratives.find((n) => n.fiscalYear === R5 && n.department === null),
  };
}

forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  let admin: SessionHeaders;
  let planId: number;
  const bytes = readFileSync(SAMPLE);

  let planName: string;
  let planCount = 0;

  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());
  // Each test imports into a demo plan of its own: in the demo municipality, which the server
  // imports into, under a name of its own.
  beforeEach(async () => {
    const city = await ensureMunicipality(getDb(), DEFAULT_MUNICIPALITY);
    admin = (await memberSession(getHandle(), city, { role: 'admin' })).headers;
    planCount += 1;
    planName = `${DEMO_PLAN_NAME}-${planCount}`;
    planId = await freshPlan(getDb(), city, { plan: { ...(await demoPlan()), name: planName } });
  });

  const upload = async (fields: Record<string, string>) => {
    const { payload, headers } = multipartBody(
      { plan: planName, ...fields },
      { name: 'yuzawa.tsv', bytes },
    );
    const response = await app.inject({
      method: 'POST',
      url: '/api/imports',
      payload,
      headers: { ...headers, ...admin },
    });
    return { status: response.statusCode, body: response.json() };
  };
  const put = async (path: string, payload: object) =>
    (
      await app.inject({
        method: 'PUT',
        url: `/api/plans/${planId}/kpis/%E2%91%A0/${path}`,
        headers: { ...admin },
        payload,
      })
    ).statusCode;

  it('imports over an approved figure it gave before without asking', async () => {
    expect(await upload({})).toMatchObject({ status: 200, body: { changed: [], overwritten: [] } });
  });

  /** ① R5's figure and narrative entered by the department since, not yet approved. */
  const enterDrafts = async () => {
    const before = await firstR5(getDb(), planId);
    expect(before.figure).toMatchObject({ state: 'approved', figure: { value: '1' } });
    expect(await put('figures/R5', { value: ENTERED, version: before.figure?.version })).toBe(200);
    expect(
      await put('narratives/R5', {
        text: '課で書き直した取組内容',
        version: before.narrative?.version,
      }),
    ).toBe(200);
  };

  it('refuses, all of it, an import that would replace entries not yet approved, listing them', async () => {
    await enterDrafts();
    const entered = await firstR5(getDb(), planId);

    const refused = await upload({});
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: {
        code: 'conflict',
        message: expect.stringContaining('overwrite') as unknown,
        details: {
          overwrites: [
            {
              code: '①',
              what: 'actual',
              fiscalYear: 2023,
              department: null,
              state: 'draft',
              stored: ENTERED,
              incoming: '1',
            },
            { code: '①', what: 'narrative', fiscalYear: 2023, stored: '課で書き直した取組内容' },
          ],
        },
      },
    });
    expect(await firstR5(getDb(), planId)).toEqual(entered);
  });

  it('replaces them when told to overwrite, and says which', async () => {
    await enterDrafts();
    const replaced = await upload({ overwrite: 'true' });
    expect(replaced.status).toBe(200);
    expect(replaced.body.overwritten).toEqual([
      `① R5 actual (draft): ${ENTERED} → 1`,
      expect.stringMatching(/^① R5 narrative \(draft\): 課で書き直した取組内容 → /) as unknown,
    ]);
    const after = await firstR5(getDb(), planId);
    expect(after.figure).toMatchObject({ state: 'approved', figure: { value: '1' } });
    expect(after.narrative?.state).toBe('approved');
    expect(await upload({})).toMatchObject({ status: 200, body: { changed: [], overwritten: [] } });
  });

  it('imports over an entry that already holds the file’s value', async () => {
    const { figure } = await firstR5(getDb(), planId);
    expect(await put('figures/R5', { value: '1', version: figure?.version })).toBe(200);
    expect(await put('figures/R5', { value: '1', version: (figure?.version ?? 0) + 1 })).toBe(200);
    expect(await upload({})).toMatchObject({ status: 200, body: { overwritten: [] } });
  });

  it('refuses an overwrite field that is neither true nor false', async () => {
    expect(await upload({ overwrite: 'yes' })).toMatchObject({
      status: 400,
      body: { error: { code: 'validation', details: { field: 'overwrite' } } },
    });
  });
});

eachDatabase((kind) => {
  it('exits 1 with the list, and replaces them with --overwrite', async () => {
    const { url, target, drop } = await createDatabaseUrl(kind);
    const run = async (...argv: string[]) => {
      const context = { ...recordingContext(process.cwd()), env: { DATABASE_URL: url } };
      const code = await main(
        ['import', SAMPLE, '--plan', '計画', '--create-plan', '--publish', ...argv],
        context,
      );
      return { code, out: context.out.join('\n'), err: context.err.join('\n') };
    };
    try {
      expect((await run()).code).toBe(0);
      const handle = createDatabase(target);
      try {
        const city = await findMunicipalityByCode(handle.db, DEFAULT_MUNICIPALITY.code);
        const id = (await findPlanByName(handle.db, city?.id ?? 0, '計画'))?.id ?? 0;
        const { kpiId, figure } = await firstR5(handle.db, id);
        await handle.db.transaction().execute((trx) =>
          saveYearFigure(trx, {
            kpiId,
            fiscalYear: R5,
            department: null,
            figure: figureOf(decimal(ENTERED)),
            expectedVersion: figure?.version ?? 0,
            now: new Date().toISOString(),
          }),
        );
      } finally {
        await handle.destroy();
      }
      const refused = await run();
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/^mieruka: the file would replace 1 entry .*--overwrite/);
      expect(refused.err).toContain(`① R5 actual (draft): ${ENTERED} → 1`);
      const replaced = await run('--overwrite');
      expect(replaced.code).toBe(0);
      expect(replaced.out).toContain(`! ① R5 actual (draft): ${ENTERED} → 1`);
      expect((await run()).out).toContain('Nothing changed');
    } finally {
      await drop();
    }
  });
}, 'mieruka import --overwrite on ');
