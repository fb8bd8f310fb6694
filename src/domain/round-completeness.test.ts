import { describe, expect, it } from 'vitest';
import { roundCompleteness } from './round-completeness.ts';

const entry = (code: string, department: string, state: 'not_started' | 'draft' | 'approved') => ({
  code,
  title: `KPI ${code}`,
  department,
  state,
});

describe('roundCompleteness: what a round leaves before it closes', () => {
  it('counts by state, names the entries not approved and the departments nobody enters for', () => {
    const entries = [
      entry('⑦', '企画課', 'approved'),
      entry('⑧', '企画課', 'draft'),
      entry('⑰', '総務課', 'not_started'),
      entry('⑰', '上下水道課', 'not_started'),
      entry('⑱', '総務課', 'not_started'),
    ];
    const result = roundCompleteness(entries, new Set(['企画課', '情報政策課']));
    expect(result.counts).toEqual({
      not_started: 3,
      draft: 1,
      submitted: 0,
      returned: 0,
      approved: 1,
    });
    expect(result.total).toBe(5);
    expect(result.departmentsWithoutEditor).toEqual(['総務課', '上下水道課']);
    expect(result.notApproved.map((e) => `${e.code} ${e.department} ${e.state}`)).toEqual([
      '⑧ 企画課 draft',
      '⑰ 総務課 not_started',
      '⑰ 上下水道課 not_started',
      '⑱ 総務課 not_started',
    ]);
  });

  it('leaves nothing to name when every entry is approved and every department has an editor', () => {
    const result = roundCompleteness([entry('⑦', '企画課', 'approved')], new Set(['企画課']));
    expect(result).toMatchObject({ total: 1, departmentsWithoutEditor: [], notApproved: [] });
  });
});
