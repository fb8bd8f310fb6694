import { describe, expect, it } from 'vitest';
import { fiscalYear } from './fiscal-year.ts';
import { buildPlanReport } from './plan-report.ts';
import { kpi1, kpi16, kpi7, planOf } from '../../test/support/yuzawa-kpis.ts';
import { reductionProgress } from './reduction-progress.ts';

const plan = planOf(kpi1, kpi7, kpi16);
const rows = buildPlanReport(plan, fiscalYear(2023)).rows;
const row = (code: string) => rows.find((r) => r.code === code) ?? rows[0]!;

describe('reductionProgress', () => {
  it('puts ⑦’s progress from the baseline beside its 93%: 16,784 of 35,963 m² cut, 47%', () => {
    expect(row('⑦').rate).toBe('93%');
    expect(reductionProgress(row('⑦'))).toEqual({ done: '16784', planned: '35963', rate: '47%' });
  });

  it('prints it at the precision of the KPI’s own rate (⑯ 100.2%: 0.28 of 0.26 億円, 107.7%)', () => {
    expect(reductionProgress(row('⑯'))).toEqual({ done: '0.28', planned: '0.26', rate: '107.7%' });
  });

  it('has nothing to add for an increase KPI (① 件数)', () => {
    expect(reductionProgress(row('①'))).toBeNull();
  });
});
