import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ANONYMOUS, SYSTEM } from '../../src/domain/access.ts';
import { fiscalYear } from '../../src/domain/fiscal-year.ts';
import { DEMO_PLAN_NAME } from '../../src/services/demo-data.ts';
import { importReport } from '../../src/services/import-report.ts';
import { setPublished } from '../../src/services/publication.ts';
import { ReportCache } from '../../src/services/report-cache.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';

/*
 * The report route's cache (issue 25): a request reads the plan's row once, shared with the
 * requests that arrived with it, and a report being computed is waited for, not computed
 * again; a plan's published years are kept under its revision, so every publication and
 * withdrawal must bump it for visitors to see it at once.
 */

const SAMPLE = readFileSync(new URL('../../sample/yuzawa-r5-kpi-report.tsv', import.meta.url));
const R3 = fiscalYear(2021);
const R4 = fiscalYear(2022);
const R5 = fiscalYear(2023);

const yearOf = (body: { json: string }): unknown => JSON.parse(body.json).fiscalYear;

forEachDatabase((_kind, _getDb, getHandle) => {
  it('answers readers arriving together from two reads of the plan and one report computed', async () => {
    const { planId } = await freshTenant(getHandle());
    const cache = new ReportCache(getHandle());
    const bodies = await Promise.all(
      Array.from({ length: 20 }, () => cache.report(ANONYMOUS, planId, R5)),
    );
    // The first read, then one read for the nineteen that arrived while it ran.
    expect(cache.planReads).toBe(2);
    expect(cache.computed).toBe(1);
    expect(new Set(bodies.map((b) => b.json)).size).toBe(1);
    expect(yearOf(bodies[0]!)).toBe(R5);
    await cache.report(ANONYMOUS, planId, R5);
    expect(cache.planReads).toBe(3);
    expect(cache.computed).toBe(1);
  });

  it('serves visitors a year as soon as it is published, and refuses it once withdrawn', async () => {
    const { planId } = await freshTenant(getHandle(), { publish: false });
    const cache = new ReportCache(getHandle());
    await expect(cache.report(ANONYMOUS, planId, undefined)).rejects.toThrow(/not found/i);
    await setPublished(getHandle(), planId, R3, { published: true }, SYSTEM, new Date());
    await setPublished(getHandle(), planId, R4, { published: true }, SYSTEM, new Date());
    expect(yearOf(await cache.report(ANONYMOUS, planId, undefined))).toBe(R4);
    await expect(cache.report(ANONYMOUS, planId, R5)).rejects.toThrow(/not found/i);

    await setPublished(getHandle(), planId, R5, { published: true }, SYSTEM, new Date());
    expect(yearOf(await cache.report(ANONYMOUS, planId, R5))).toBe(R5);
    expect(yearOf(await cache.report(ANONYMOUS, planId, undefined))).toBe(R5);

    await setPublished(
      getHandle(),
      planId,
      R5,
      { published: false, reason: '誤り' },
      SYSTEM,
      new Date(),
    );
    await expect(cache.report(ANONYMOUS, planId, R5)).rejects.toThrow(/not found/i);
    expect(yearOf(await cache.report(ANONYMOUS, planId, undefined))).toBe(R4);
  });

  it('serves visitors a year an import publishes without changing a figure', async () => {
    const tenant = await freshTenant(getHandle(), { publish: false });
    const { planId } = tenant;
    const cache = new ReportCache(getHandle());
    await setPublished(getHandle(), planId, R3, { published: true }, SYSTEM, new Date());
    await setPublished(getHandle(), planId, R4, { published: true }, SYSTEM, new Date());
    expect(yearOf(await cache.report(ANONYMOUS, planId, undefined))).toBe(R4);

    // The same table again: nothing added or changed, its one unpublished year published.
    const imported = await importReport(
      getHandle(),
      {
        file: 'yuzawa.tsv',
        bytes: new Uint8Array(SAMPLE), // a copy: the reader's worker takes the bytes
        planName: DEMO_PLAN_NAME,
        municipality: tenant.municipality,
        publish: true,
      },
      SYSTEM,
      new Date(),
    );
    expect([imported.added, imported.changed]).toEqual([[], []]);
    expect(yearOf(await cache.report(ANONYMOUS, planId, undefined))).toBe(R5);
    expect(yearOf(await cache.report(ANONYMOUS, planId, R5))).toBe(R5);
  });
});
