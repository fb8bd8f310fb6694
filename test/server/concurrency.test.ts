import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getKpiHistory } from '../../src/db/kpi-history.ts';
import { findKpiId, listPlans, loadPlan } from '../../src/db/plan-repository.ts';
import { getTreeVersions } from '../../src/db/record-versions.ts';
import { planKpis } from '../../src/domain/model.ts';
import { buildApp } from '../../src/server/app.ts';
import type { SessionHeaders } from '../support/sessions.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import type { Answer } from '../support/live-server.ts';
import {
  countStatuses,
  jsonRequest,
  listenOnLoopback,
  sendAtOnce,
} from '../support/live-server.ts';
import { multipartBody } from '../support/multipart.ts';

/** Concurrent writers per round: enough that, unserialized, several used to win (10 of 50). */
const WRITERS = 30;
const code = (c: string) => encodeURIComponent(c);
const SAMPLE = new URL('../../sample/yuzawa-r5-kpi-report.tsv', import.meta.url);

/** The one answer that won, after checking that every other one was refused with 409. */
function soleWinner(answers: readonly Answer[], winStatus = 200): Answer {
  expect(countStatuses(answers)).toEqual({ [winStatus]: 1, 409: answers.length - 1 });
  const winner = answers.find((a) => a.status === winStatus);
  if (!winner) throw new Error('no winner');
  return winner;
}

forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  let base: string;
  let admin: SessionHeaders;
  let planId: number;
  let municipalityId: number;

  beforeAll(async () => {
    app = await buildApp(getHandle());
    base = await listenOnLoopback(app);
  });
  afterAll(async () => app.close());
  // Each test races over a demo plan of its own, in a municipality of its own.
  beforeEach(async () => {
    const tenant = await freshTenant(getHandle());
    planId = tenant.planId;
    municipalityId = tenant.municipality.id;
    admin = (await tenant.member({ role: 'admin' })).headers;
  });

  describe('of N concurrent writes naming one version, exactly one wins and the rest get 409', () => {
    it('KPI edits: the stored KPI holds the winner’s title and nothing else changed it', async () => {
      const before = (await getTreeVersions(getDb(), planId)).kpis.get('⑧');
      const answers = await sendAtOnce(WRITERS, (i) =>
        jsonRequest(base, admin, 'PATCH', `/api/plans/${planId}/kpis/${code('⑧')}`, {
          title: `題 ${i}`,
          version: before,
          reason: '表記の訂正',
        }),
      );
      const winner = soleWinner(answers);
      const kpi = planKpis(await loadPlan(getDb(), planId)).find((k) => k.code === '⑧');
      expect(kpi?.title).toBe(`題 ${winner.index}`);
      expect((await getTreeVersions(getDb(), planId)).kpis.get('⑧')).toBe((before ?? 0) + 1);
      for (const loser of answers.filter((a) => a.status === 409)) {
        expect(loser.body).toMatchObject({ error: { code: 'conflict' } });
      }
    });

    it('KPI edits of different fields: the loser’s unit does not sneak in beside the title', async () => {
      const version = (await getTreeVersions(getDb(), planId)).kpis.get('⑨');
      const stored = planKpis(await loadPlan(getDb(), planId)).find((k) => k.code === '⑨');
      const answers = await sendAtOnce(WRITERS, (i) =>
        jsonRequest(
          base,
          admin,
          'PATCH',
          `/api/plans/${planId}/kpis/${code('⑨')}`,
          i % 2 === 0
            ? { title: `題 ${i}`, version, reason: '表記の訂正' }
            : { unit: `単位${i}`, version, reason: '表記の訂正' },
        ),
      );
      const winner = soleWinner(answers);
      const kpi = planKpis(await loadPlan(getDb(), planId)).find((k) => k.code === '⑨');
      if (winner.index % 2 === 0) {
        expect(kpi).toMatchObject({ title: `題 ${winner.index}`, unit: stored?.unit });
      } else {
        expect(kpi).toMatchObject({ title: stored?.title, unit: `単位${winner.index}` });
      }
    });

    it('basic policy renames', async () => {
      const version = (await getTreeVersions(getDb(), planId)).policies.get('2');
      const answers = await sendAtOnce(WRITERS, (i) =>
        jsonRequest(base, admin, 'PATCH', `/api/plans/${planId}/policies/2`, {
          name: `方針 ${i}`,
          version,
          from: 'R7',
          reason: '中間見直し',
        }),
      );
      const winner = soleWinner(answers);
      const policy = (await loadPlan(getDb(), planId)).policies.find((p) => p.number === '2');
      expect(policy?.name).toBe(`方針 ${winner.index}`);
    });

    it('plan settings', async () => {
      const version = (await getTreeVersions(getDb(), planId)).plan;
      const answers = await sendAtOnce(WRITERS, (i) =>
        jsonRequest(base, admin, 'PATCH', `/api/plans/${planId}`, {
          endYear: `R${10 + i}`,
          version,
        }),
      );
      const winner = soleWinner(answers);
      const plan = await loadPlan(getDb(), planId);
      // R10 is fiscal 2028: the winner's end year, and no other.
      expect(plan.endYear).toBe(2028 + winner.index);
      expect((await getTreeVersions(getDb(), planId)).plan).toBe(version + 1);
    });

    it('a new figure (version 0): one row, holding the winner’s value', async () => {
      const kpiId = (await findKpiId(getDb(), planId, '①')) ?? 0;
      const answers = await sendAtOnce(WRITERS, (i) =>
        jsonRequest(base, admin, 'PUT', `/api/plans/${planId}/kpis/${code('①')}/figures/R7`, {
          value: String(100 + i),
          version: 0,
        }),
      );
      const winner = soleWinner(answers);
      const rows = (await getKpiHistory(getDb(), kpiId)).figures.filter(
        (f) => f.fiscalYear === 2025 && f.series === 'actual' && f.department === null,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ version: 1, figure: { value: String(100 + winner.index) } });
    });

    it('a narrative rewritten from one version', async () => {
      const kpiId = (await findKpiId(getDb(), planId, '②')) ?? 0;
      const url = `/api/plans/${planId}/kpis/${code('②')}/narratives/R7`;
      const created = await jsonRequest(base, admin, 'PUT', url, { text: '初版', version: 0 });
      expect(created.status).toBe(200);
      const answers = await sendAtOnce(WRITERS, (i) =>
        jsonRequest(base, admin, 'PUT', url, { text: `改訂 ${i}`, version: 1 }),
      );
      const winner = soleWinner(answers);
      const narratives = (await getKpiHistory(getDb(), kpiId)).narratives.filter(
        (n) => n.fiscalYear === 2025,
      );
      expect(narratives).toEqual([
        expect.objectContaining({ text: `改訂 ${winner.index}`, version: 2 }),
      ]);
    });
  });

  describe('concurrent creates of one key: one is created, the rest get 409 naming the field', () => {
    it('plans of one name', async () => {
      const answers = await sendAtOnce(WRITERS, () =>
        jsonRequest(base, admin, 'POST', '/api/plans', { name: '同時作成計画' }),
      );
      soleWinner(answers, 201);
      for (const loser of answers.filter((a) => a.status === 409)) {
        expect(loser.body).toMatchObject({
          error: { code: 'conflict', details: { field: 'name' } },
        });
      }
      const plans = await listPlans(getDb(), municipalityId);
      expect(plans.filter((p) => p.name === '同時作成計画')).toHaveLength(1);
    });

    it('imports of one file into one new plan: no 500, one plan', async () => {
      const bytes = readFileSync(SAMPLE);
      const answers = await sendAtOnce(6, () => {
        const { payload, headers } = multipartBody(
          { plan: '同時取込計画', createPlan: 'true' },
          { name: 'yuzawa.tsv', bytes },
        );
        return fetch(`${base}/api/imports`, {
          method: 'POST',
          headers: { ...headers, ...admin },
          body: new Uint8Array(payload),
        });
      });
      const counts = countStatuses(answers);
      expect(Object.keys(counts).sort()).toEqual((counts[409] ? ['200', '409'] : ['200']).sort());
      for (const loser of answers.filter((a) => a.status === 409)) {
        expect(loser.body).toMatchObject({
          error: { code: 'conflict', details: { field: 'plan' } },
        });
      }
      const plans = await listPlans(getDb(), municipalityId);
      expect(plans.filter((p) => p.name === '同時取込計画')).toHaveLength(1);
    });

    it('KPIs of one code', async () => {
      const answers = await sendAtOnce(WRITERS, (i) =>
        jsonRequest(base, admin, 'POST', `/api/plans/${planId}/kpis`, {
          policyNumber: '1',
          themeNumber: '1',
          code: '㉑',
          title: `新指標 ${i}`,
          from: 'R7',
          reason: '中間見直し',
        }),
      );
      const winner = soleWinner(answers, 201);
      for (const loser of answers.filter((a) => a.status === 409)) {
        expect(loser.body).toMatchObject({
          error: { code: 'conflict', details: { field: 'code' } },
        });
      }
      const added = planKpis(await loadPlan(getDb(), planId)).filter((k) => k.code === '㉑');
      expect(added.map((k) => k.title)).toEqual([`新指標 ${winner.index}`]);
    });
  });

  describe('saves of different records run side by side and none is lost', () => {
    it('figures of every KPI at once, with KPI edits of the plan in between: every save stands', async () => {
      const kpis = planKpis(await loadPlan(getDb(), planId)).filter(
        (k) => k.departmentActuals.length === 0,
      );
      const revision = async () =>
        (
          await getDb()
            .selectFrom('plans')
            .select('revision')
            .where('id', '=', planId)
            .executeTakeFirstOrThrow()
        ).revision;
      const before = await revision();
      const treeVersion = (await getTreeVersions(getDb(), planId)).kpis.get('⑫');
      // R2 figures of every KPI without a breakdown (new records, version 0), and one edit of
      // the whole plan's tree racing them (it takes the plan's exclusive lock).
      const answers = await sendAtOnce(kpis.length + 1, (i) => {
        const kpi = kpis[i];
        return kpi === undefined
          ? jsonRequest(base, admin, 'PATCH', `/api/plans/${planId}/kpis/${code('⑫')}`, {
              title: '新たな民間活力を活用した件数（並行）',
              version: treeVersion,
              reason: '表記の訂正',
            })
          : jsonRequest(
              base,
              admin,
              'PUT',
              `/api/plans/${planId}/kpis/${code(kpi.code)}/figures/R2`,
              {
                value: String(100 + i),
                department: null,
                version: 0,
              },
            );
      });
      expect(countStatuses(answers)).toEqual({ 200: kpis.length + 1 });
      for (const [i, kpi] of kpis.entries()) {
        const history = await getKpiHistory(
          getDb(),
          (await findKpiId(getDb(), planId, kpi.code)) ?? 0,
        );
        const r2 = history.figures.find(
          (f) => f.series === 'actual' && f.fiscalYear === 2020 && f.department === null,
        );
        expect(r2?.figure.value).toBe(String(100 + i));
        expect(r2?.version).toBe(1);
      }
      const renamed = planKpis(await loadPlan(getDb(), planId)).find((k) => k.code === '⑫');
      expect(renamed?.title).toBe('新たな民間活力を活用した件数（並行）');
      expect(await revision()).toBeGreaterThanOrEqual(before + kpis.length + 1);
    });
  });
});
