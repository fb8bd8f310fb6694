import { describe, expect, it } from 'vitest';
import type { DepartmentRename } from './department-names.ts';
import { describeRename, namesInYear, withNamesOfYear } from './department-names.ts';
import { fiscalYear } from './fiscal-year.ts';
import { DEFAULT_GRADE_SCALE } from './grade-scale.ts';
import type { Plan } from './model.ts';
import { planKpis } from './model.ts';
import { DEFAULT_RATE_PRECISION } from './rate-format.ts';
import { kpi1 } from '../../test/support/yuzawa-kpis.ts';

const R5 = fiscalYear(2023);
const R7 = fiscalYear(2025);
const R9 = fiscalYear(2027);

const toDx: DepartmentRename = {
  departmentId: 1,
  fromYear: R7,
  oldName: '情報政策課',
  newName: 'DX推進課',
};

describe('a department renamed from a year', () => {
  it('keeps the old name in the years before the rename and none after', () => {
    expect(namesInYear([toDx], R5)).toEqual(new Map([['DX推進課', '情報政策課']]));
    expect(namesInYear([toDx], R7)).toEqual(new Map());
  });

  it('follows a chain of renames year by year, keyed by the current name', () => {
    const twice: DepartmentRename[] = [
      { ...toDx, newName: 'デジタル推進課' },
      { departmentId: 1, fromYear: R9, oldName: 'デジタル推進課', newName: 'DX推進課' },
    ].reverse();
    expect(namesInYear(twice, R5).get('DX推進課')).toBe('情報政策課');
    expect(namesInYear(twice, fiscalYear(2026)).get('DX推進課')).toBe('デジタル推進課');
    expect(namesInYear(twice, R9).size).toBe(0);
  });

  it('names the KPI’s departments, its department rows and narratives as they were', () => {
    const kpi = {
      ...kpi1,
      departments: ['DX推進課', '総務課'],
      departmentActuals: [{ department: 'DX推進課', actuals: [] }],
      narratives: [{ fiscalYear: R5, department: 'DX推進課', text: '取組' }],
    };
    const plan: Plan = {
      name: '計画',
      startYear: fiscalYear(2021),
      endYear: fiscalYear(2026),
      ratePrecision: DEFAULT_RATE_PRECISION,
      gradeScale: DEFAULT_GRADE_SCALE,
      policies: [
        {
          number: '1',
          name: '方針',
          themes: [{ number: '1', name: '施策', actionItems: [], kpis: [kpi] }],
        },
      ],
    };
    const [then] = planKpis(withNamesOfYear(plan, [toDx], R5));
    expect(then!.departments).toEqual(['情報政策課', '総務課']);
    expect(then!.departmentActuals[0]!.department).toBe('情報政策課');
    expect(then!.narratives[0]!.department).toBe('情報政策課');
    expect(withNamesOfYear(plan, [toDx], R7)).toBe(plan);
    expect(describeRename(toDx)).toBe('情報政策課 → DX推進課（R7から）');
  });
});
