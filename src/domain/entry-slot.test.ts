import { describe, expect, it } from 'vitest';
import { entrySlotDepartment, leadDepartment, ownsKpiRow, slotOwner } from './entry-slot.ts';
import { kpi17, kpi7, yuzawaKpi } from '../../test/support/yuzawa-kpis.ts';

describe('entrySlotDepartment', () => {
  it('⑦ 企画課 writes the KPI’s own row', () => {
    expect(entrySlotDepartment({ ...kpi7, departments: ['企画課'] }, '企画課')).toBeNull();
  });

  it('⑰ each department writes its own row of the breakdown, the first one too', () => {
    expect(entrySlotDepartment(kpi17, '総務課')).toBe('総務課');
    expect(entrySlotDepartment(kpi17, '上下水道課')).toBe('上下水道課');
  });

  it('a second department of a KPI with no breakdown writes a row of its own', () => {
    const shared = yuzawaKpi({ code: '⑲', departments: ['総務課', '企画課'] });
    expect(entrySlotDepartment(shared, '総務課')).toBeNull();
    expect(entrySlotDepartment(shared, '企画課')).toBe('企画課');
  });
});

describe('the KPI’s own row', () => {
  it('belongs to its first department’s entry; a department’s row to its own', () => {
    expect(leadDepartment(['総務課', '企画課'])).toBe('総務課');
    expect(leadDepartment([])).toBeUndefined();
    expect(ownsKpiRow(['総務課', '企画課'], '総務課')).toBe(true);
    expect(ownsKpiRow(['総務課', '企画課'], '企画課')).toBe(false);
    expect(slotOwner(['総務課', '企画課'], null)).toBe('総務課');
    expect(slotOwner(['総務課', '企画課'], '企画課')).toBe('企画課');
    expect(slotOwner([], null)).toBeUndefined();
  });
});
