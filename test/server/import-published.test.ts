import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SYSTEM } from '../../src/domain/access.ts';
import { fiscalYear } from '../../src/domain/fiscal-year.ts';
import { planKpis } from '../../src/domain/model.ts';
import { loadPlan } from '../../src/db/plan-repository.ts';
import { importReport } from '../../src/services/import-report.ts';
import { changeKpiDepartments, moveKpi } from '../../src/services/kpi-places.ts';
import { mergeDepartment, renameDepartment } from '../../src/services/departments.ts';
import { listDepartmentRecords } from '../../src/db/department-repository.ts';
import { getPlanReport } from '../../src/services/plan-views.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import type { Tenant } from '../support/fresh-plan.ts';
import type { Store } from '../../src/services/database-handle.ts';

const SAMPLE = new URL('../../sample/yuzawa-r5-kpi-report.tsv', import.meta.url);
const R5 = fiscalYear(2023);

/** The table imported by the system into the tenant's plan (a copy: the import takes its bytes). */
const importInto = (store: Store, tenant: Tenant, file: Buffer) =>
  importReport(
    store,
    {
      file: 'yuzawa.tsv',
      bytes: Buffer.from(file),
      planName: tenant.planName,
      municipality: tenant.municipality,
    },
    SYSTEM,
    new Date(),
  );

/*
 * An import is a plan edit too (issue 20): the R5 table imported again into a plan whose R5 is
 * published, printing ⑦'s target differently, would rewrite the published year; it is refused
 * naming ⑦ and the field, and nothing changes. The same table again passes and changes nothing.
 */
forEachDatabase((_kind, getDb, getHandle) => {
  describe('an import into a published year', () => {
    it('refuses a table that prints a published KPI’s definition differently', async () => {
      const tenant = await freshTenant(getHandle());
      const bytes = await readFile(SAMPLE);
      const load = (file: Buffer) => importInto(getHandle(), tenant, file);
      const before = await getPlanReport(getDb(), SYSTEM, tenant.planId, R5);
      // 264,500 still prints 93% against R5's 283,179: only the target differs.
      const changed = Buffer.from(
        bytes.toString('utf8').replace('\t264,000\t93%', '\t264,500\t93%'),
      );
      expect(changed.equals(bytes)).toBe(false);
      await expect(load(changed)).rejects.toMatchObject({
        kind: 'published_year',
        field: 'target',
        message: expect.stringContaining('KPI ⑦'),
      });
      expect(await getPlanReport(getDb(), SYSTEM, tenant.planId, R5)).toEqual(before);
      const again = await load(bytes);
      expect(again.changed).toEqual([]);
      const seventh = planKpis(await loadPlan(getDb(), tenant.planId)).find((k) => k.code === '⑦');
      expect(seventh?.target?.value).toBe('264000');
    });

    it('keeps a KPI’s departments: another department printed for R5 is refused, R5 again changes nothing after a hand-over from R7', async () => {
      const tenant = await freshTenant(getHandle());
      const bytes = await readFile(SAMPLE);
      const load = (file: Buffer) => importInto(getHandle(), tenant, file);
      const seventh = async () =>
        planKpis(await loadPlan(getDb(), tenant.planId)).find((k) => k.code === '⑦')?.departments;
      const before = await getPlanReport(getDb(), SYSTEM, tenant.planId, R5);
      const otherDepartment = Buffer.from(
        bytes
          .toString('utf8')
          .replace('公共施設の延べ床面積\t企画課\t', '公共施設の延べ床面積\t財政課\t'),
      );
      expect(otherDepartment.equals(bytes)).toBe(false);
      await expect(load(otherDepartment)).rejects.toMatchObject({
        kind: 'published_year',
        field: 'departments',
        message: expect.stringContaining('KPI ⑦'),
      });
      expect(await getPlanReport(getDb(), SYSTEM, tenant.planId, R5)).toEqual(before);

      // Handed to 財政課 from R7, ⑦ stays 財政課's when the R5 table (企画課) comes in again.
      await changeKpiDepartments(
        getHandle(),
        {
          planId: tenant.planId,
          code: '⑦',
          departments: ['財政課'],
          from: fiscalYear(2025),
          reason: '機構改革',
        },
        SYSTEM,
        new Date(),
      );
      const again = await load(bytes);
      expect(again.changed).toEqual([]);
      expect(await seventh()).toEqual(['財政課']);
      expect(await getPlanReport(getDb(), SYSTEM, tenant.planId, R5)).toEqual(before);

      // Moved to theme 1 from R7, ⑦ stays there when the R5 table (theme 4) comes in again.
      const to = { policyNumber: '1', themeNumber: '1', before: null };
      await moveKpi(
        getHandle(),
        { planId: tenant.planId, code: '⑦', to },
        SYSTEM,
        {
          from: fiscalYear(2025),
          reason: '中間見直し',
        },
        new Date(),
      );
      expect((await load(bytes)).changed).toEqual([]);
      const stored = await loadPlan(getDb(), tenant.planId);
      const themeOf = stored.policies.flatMap((p) =>
        p.themes
          .filter((t) => t.kpis.some((k) => k.code === '⑦'))
          .map((t) => `${p.number}-${t.number}`),
      );
      expect(themeOf).toEqual(['1-1']);
      expect(await getPlanReport(getDb(), SYSTEM, tenant.planId, R5)).toEqual(before);
    });

    it('reads an old table’s names as the departments they are now: a rename or a merge since creates no department', async () => {
      const tenant = await freshTenant(getHandle());
      const bytes = await readFile(SAMPLE);
      const load = () => importInto(getHandle(), tenant, bytes);
      const names = async () =>
        (await listDepartmentRecords(getDb(), tenant.municipality.id)).map((d) => d.name).sort();
      const before = await getPlanReport(getDb(), SYSTEM, tenant.planId, R5);
      const from = fiscalYear(2025);
      const municipality = tenant.municipality;
      // ⑰'s breakdown rows and ④ ⑤ ⑲ name 情報政策課 in the R5 table.
      await renameDepartment(
        getHandle(),
        { department: '情報政策課', newName: 'DX推進課', from, reason: '機構改革', municipality },
        SYSTEM,
        new Date(),
      );
      const renamed = await names();
      expect(renamed).not.toContain('情報政策課');
      expect((await load()).changed).toEqual([]);
      expect(await names()).toEqual(renamed);
      expect(await getPlanReport(getDb(), SYSTEM, tenant.planId, R5)).toEqual(before);

      await mergeDepartment(
        getHandle(),
        { department: 'DX推進課', into: '企画課', from, reason: '統合', municipality },
        SYSTEM,
        new Date(),
      );
      const merged = await names();
      expect((await load()).changed).toEqual([]);
      expect(await names()).toEqual(merged);
      const fourth = planKpis(await loadPlan(getDb(), tenant.planId)).find((k) => k.code === '④');
      expect(fourth?.departments).toEqual(['企画課']);
      expect(await getPlanReport(getDb(), SYSTEM, tenant.planId, R5)).toEqual(before);
    });
  });
});
