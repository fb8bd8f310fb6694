import { describe, expect, it } from 'vitest';
import { isOverdue, owesEntry, parseDueDate, progressByDepartment } from './round.ts';

describe('parseDueDate', () => {
  it('takes a real calendar date and nothing else', () => {
    expect(parseDueDate('2025-05-31')).toBe('2025-05-31');
    expect(parseDueDate('2025-02-30')).toBeUndefined();
    expect(parseDueDate('R7-05-31')).toBeUndefined();
    expect(parseDueDate('2025/05/31')).toBeUndefined();
  });
});

describe('isOverdue', () => {
  it('is what is still owed after the due day, never on it', () => {
    expect(isOverdue('not_started', '2025-05-31', '2025-05-31')).toBe(false);
    expect(isOverdue('not_started', '2025-05-31', '2025-06-01')).toBe(true);
    expect(isOverdue('draft', '2025-05-31', '2025-06-01')).toBe(true);
    expect(isOverdue('returned', '2025-05-31', '2025-06-01')).toBe(true);
    expect(isOverdue('submitted', '2025-05-31', '2025-06-01')).toBe(false);
    expect(isOverdue('approved', '2025-05-31', '2025-06-01')).toBe(false);
  });
});

describe('progressByDepartment', () => {
  it('counts the states and the overdue entries of each department (企画課 owes ⑦–⑫)', () => {
    const entries = [
      { department: '企画課', state: 'approved' as const },
      { department: '企画課', state: 'draft' as const },
      { department: '財政課', state: 'submitted' as const },
      { department: '企画課', state: 'not_started' as const },
    ];
    expect(progressByDepartment(entries, '2025-05-31', '2025-06-02')).toEqual([
      {
        department: '企画課',
        counts: { not_started: 1, draft: 1, submitted: 0, returned: 0, approved: 1 },
        total: 3,
        overdue: 2,
      },
      {
        department: '財政課',
        counts: { not_started: 0, draft: 0, submitted: 1, returned: 0, approved: 0 },
        total: 1,
        overdue: 0,
      },
    ]);
  });
});

describe('owesEntry', () => {
  it('is anything not yet submitted while the round is open', () => {
    expect(owesEntry({ state: 'not_started', reopened: false }, 'open')).toBe(true);
    expect(owesEntry({ state: 'returned', reopened: false }, 'open')).toBe(true);
    expect(owesEntry({ state: 'submitted', reopened: false }, 'open')).toBe(false);
  });

  it('is only a reopened entry not yet submitted again once the round closed', () => {
    expect(owesEntry({ state: 'not_started', reopened: false }, 'closed')).toBe(false);
    expect(owesEntry({ state: 'draft', reopened: true }, 'closed')).toBe(true);
    expect(owesEntry({ state: 'submitted', reopened: true }, 'closed')).toBe(false);
  });
});
