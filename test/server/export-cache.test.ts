import { expect, it } from 'vitest';
import { bumpPlanRevision } from '../../src/db/plan-revision.ts';
import type { Actor } from '../../src/domain/access.ts';
import { ANONYMOUS } from '../../src/domain/access.ts';
import { fiscalYear } from '../../src/domain/fiscal-year.ts';
import { ExportCache } from '../../src/services/export-cache.ts';
import type { ExportRequest } from '../../src/services/report-export.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';

/*
 * Visitors cannot keep the one PDF printer busy (issue 25): a file a visitor may read is made
 * once per plan revision and day, and visitors asking for it at the same time wait for that
 * one; a write makes it anew; members' files are made fresh. Counted with a CSV, which goes
 * the same way as a PDF without needing Chromium.
 */

forEachDatabase((_kind, getDb, getHandle) => {
  it('makes a visitor’s file once per revision, shares one being made, and makes members’ fresh', async () => {
    const tenant = await freshTenant(getHandle());
    const cache = new ExportCache();
    const request: ExportRequest = {
      planId: tenant.planId,
      fiscalYear: fiscalYear(2023),
      format: 'csv',
      encoding: 'utf-8',
      shape: 'report',
    };
    const now = new Date('2026-12-06T03:00:00Z');
    const visit = () => cache.export(getHandle(), ANONYMOUS, request, { now });

    const together = await Promise.all([visit(), visit(), visit()]);
    expect(cache.made).toBe(1);
    expect(new Set(together.map((f) => Buffer.from(f.bytes).toString('base64'))).size).toBe(1);
    const again = await visit();
    expect(cache.made).toBe(1);
    expect(Buffer.from(again.bytes)).toEqual(Buffer.from(together[0]!.bytes));

    // Another year, another file; a write (any) makes the first anew.
    await cache.export(
      getHandle(),
      ANONYMOUS,
      { ...request, fiscalYear: fiscalYear(2022) },
      { now },
    );
    expect(cache.made).toBe(2);
    await bumpPlanRevision(getDb(), tenant.planId);
    await visit();
    expect(cache.made).toBe(3);
    // The next day prints another date on the PDF: made anew.
    await cache.export(getHandle(), ANONYMOUS, request, { now: new Date('2026-12-07T03:00:00Z') });
    expect(cache.made).toBe(4);

    const member: Actor = {
      kind: 'account',
      accountId: 1,
      email: 'viewer@example.jp',
      name: '閲覧者',
      municipalityId: tenant.municipality.id,
      role: 'viewer',
      departments: [],
      address: null,
    };
    await cache.export(getHandle(), member, request, { now });
    await cache.export(getHandle(), member, request, { now });
    expect(cache.made).toBe(6);

    // A year a visitor may not read is refused and not kept.
    await expect(
      cache.export(getHandle(), ANONYMOUS, { ...request, fiscalYear: fiscalYear(2026) }, { now }),
    ).rejects.toThrow();
    await expect(
      cache.export(getHandle(), ANONYMOUS, { ...request, fiscalYear: fiscalYear(2026) }, { now }),
    ).rejects.toThrow();
  });
});
