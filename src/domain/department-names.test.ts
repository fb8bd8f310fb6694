import { describe, expect, it } from 'vitest';
import type { DepartmentRename } from './department-names.ts';
import type { DepartmentHistory } from './department-names.ts';
import {
  currentNamesOf,
  describeRename,
  namesInYear,
  withCurrentNames,
  withNamesOfYear,
} from './department-names.ts';
import { fiscalYear } from './fiscal-year.ts';
import { planKpis } from './model.ts';
import { kpi1, planOf } from '../../test/support/yuzawa-kpis.ts';

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
    const plan = planOf(kpi);
    const [then] = planKpis(withNamesOfYear(plan, [toDx], R5));
    expect(then!.departments).toEqual(['情報政策課', '総務課']);
    expect(then!.departmentActuals[0]!.department).toBe('情報政策課');
    expect(then!.narratives[0]!.department).toBe('情報政策課');
    expect(withNamesOfYear(plan, [toDx], R7)).toBe(plan);
    expect(describeRename(toDx)).toBe('情報政策課 → DX推進課（R7から）');
  });
});

describe('a table’s department names read as the departments they are now', () => {
  const dx: DepartmentHistory = { name: 'DX推進課', renames: [toDx], mergedInto: null };
  const kikaku: DepartmentHistory = { name: '企画課', renames: [], mergedInto: null };
  const mergedFromR7 = { ...dx, mergedInto: { name: '企画課', fromYear: R7 } };

  it('finds a renamed department by the name it bore, in any year’s table', () => {
    expect(currentNamesOf([dx, kikaku], R5)).toEqual(new Map([['情報政策課', 'DX推進課']]));
    expect(currentNamesOf([dx, kikaku], R7)).toEqual(new Map([['情報政策課', 'DX推進課']]));
    expect(currentNamesOf([kikaku], R5)).toEqual(new Map());
  });

  it('follows a merge from its year on, and not before', () => {
    expect(currentNamesOf([mergedFromR7, kikaku], R5)).toEqual(
      new Map([['情報政策課', 'DX推進課']]),
    );
    expect(currentNamesOf([mergedFromR7, kikaku], R7)).toEqual(
      new Map([
        ['情報政策課', '企画課'],
        ['DX推進課', '企画課'],
      ]),
    );
  });

  it('leaves a name another department bears now, unless the table’s year gave it to the renamed one', () => {
    // 総務課 renamed to 総務部 from R7, and a new 総務課 since: an R7 table's 総務課 is the new one.
    const soumubu: DepartmentHistory = {
      name: '総務部',
      renames: [{ fromYear: R7, oldName: '総務課', newName: '総務部' }],
      mergedInto: null,
    };
    const soumuka: DepartmentHistory = { name: '総務課', renames: [], mergedInto: null };
    expect(currentNamesOf([soumubu, soumuka], R7)).toEqual(new Map());
    expect(currentNamesOf([soumubu, soumuka], R5)).toEqual(new Map([['総務課', '総務部']]));
  });

  it('renames the KPI’s departments once each, its rows and narratives unless the department has one', () => {
    const kpi = {
      ...kpi1,
      departments: ['情報政策課', '企画課'],
      departmentActuals: [
        { department: '情報政策課', actuals: [] },
        { department: '企画課', actuals: [] },
      ],
      narratives: [
        { fiscalYear: R7, department: '情報政策課', text: '取組' },
        { fiscalYear: R5, department: '情報政策課', text: '前の取組' },
        { fiscalYear: R5, department: '企画課', text: '企画の取組' },
      ],
    };
    const plan = planOf(kpi);
    const [now] = planKpis(withCurrentNames(plan, [mergedFromR7, kikaku], R7));
    expect(now!.departments).toEqual(['企画課']);
    expect(now!.departmentActuals.map((d) => d.department)).toEqual(['情報政策課', '企画課']);
    expect(now!.narratives.map((n) => n.department)).toEqual(['企画課', '情報政策課', '企画課']);
    expect(withCurrentNames(plan, [kikaku], R7)).toBe(plan);
  });
});
