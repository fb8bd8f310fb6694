import { describe, expect, it } from 'vitest';
import { fiscalYear } from './fiscal-year.ts';
import { leftDepartments, refuseDepartmentChange } from './kpi-department-change.ts';

describe('refuseDepartmentChange', () => {
  it('takes another list of departments', () => {
    expect(refuseDepartmentChange(['企画課'], ['財政課'])).toBeNull();
    expect(refuseDepartmentChange(['企画課', '財政課'], ['財政課', '企画課'])).toBeNull();
  });

  it('refuses none, a department twice, and the same list', () => {
    expect(refuseDepartmentChange(['企画課'], [])?.message).toMatch(/at least one/);
    expect(refuseDepartmentChange(['企画課'], ['財政課', '財政課'])?.message).toBe(
      '財政課 is named twice',
    );
    expect(refuseDepartmentChange(['企画課'], ['企画課'])).toMatchObject({
      field: 'departments',
      message: "the KPI's departments are 企画課 already",
    });
  });
});

describe('leftDepartments', () => {
  it('names the departments a KPI had before a move and has no more', () => {
    const R7 = fiscalYear(2025);
    const moves = [{ code: '⑦', fromYear: R7, departmentsBefore: ['企画課', '財政課'] }];
    expect(leftDepartments(['財政課', '総務課'], moves)).toEqual(new Set(['企画課']));
    expect(leftDepartments(['企画課', '財政課'], [])).toEqual(new Set());
  });
});
