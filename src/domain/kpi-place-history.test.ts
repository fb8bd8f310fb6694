import { describe, expect, it } from 'vitest';
import { fiscalYear } from './fiscal-year.ts';
import { describePlaces } from './kpi-place-history.ts';

const [R7, R8, R9] = [2025, 2026, 2027].map(fiscalYear) as [
  ReturnType<typeof fiscalYear>,
  ReturnType<typeof fiscalYear>,
  ReturnType<typeof fiscalYear>,
];

describe('describePlaces', () => {
  it('lists each change with what came after it: the next move’s before, or the KPI now', () => {
    const now = { code: '⑦', departments: ['総務課', '財政課'], place: '3-9' };
    const departments = [
      { code: '⑦', fromYear: R9, departmentsBefore: ['財政課'], reason: '事務分掌の見直し' },
      { code: '⑦', fromYear: R7, departmentsBefore: ['企画課'], reason: '機構改革' },
      { code: '①', fromYear: R7, departmentsBefore: ['総務課'] },
    ];
    const themes = [
      {
        code: '⑦',
        fromYear: R8,
        policyBefore: '3',
        themeBefore: '8',
        afterBefore: '⑥',
        reason: '中間見直し',
      },
    ];
    expect(describePlaces(now, departments, themes)).toEqual([
      { fromYear: R7, field: 'departments', before: '企画課', after: '財政課', reason: '機構改革' },
      { fromYear: R8, field: 'theme', before: '3-8', after: '3-9', reason: '中間見直し' },
      {
        fromYear: R9,
        field: 'departments',
        before: '財政課',
        after: '総務課、財政課',
        reason: '事務分掌の見直し',
      },
    ]);
    expect(describePlaces({ ...now, code: '⑳' }, departments, themes)).toEqual([]);
  });
});
