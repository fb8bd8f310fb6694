import { describe, expect, it } from 'vitest';
import { addDays, dueReminder } from './reminder-schedule.ts';

const round = { state: 'open', dueDate: '2025-05-31', openedDay: '2025-04-01' } as const;

describe('addDays', () => {
  it('counts calendar days across months and years', () => {
    expect(addDays('2025-05-31', -7)).toBe('2025-05-24');
    expect(addDays('2025-05-31', 1)).toBe('2025-06-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });
});

describe('dueReminder', () => {
  it('owes nothing before the reminder’s day, the reminder from 7 days before through the due day', () => {
    expect(dueReminder(round, '2025-05-23', 7)).toBeUndefined();
    expect(dueReminder(round, '2025-05-24', 7)).toBe('round.reminder');
    expect(dueReminder(round, '2025-05-31', 7)).toBe('round.reminder');
  });

  it('owes the overdue notice from the day after the due date on', () => {
    expect(dueReminder(round, '2025-06-01', 7)).toBe('round.overdue');
    expect(dueReminder(round, '2025-09-30', 7)).toBe('round.overdue');
  });

  it('takes the number of days the deployment sets (0: on the due day)', () => {
    expect(dueReminder(round, '2025-05-17', 14)).toBe('round.reminder');
    expect(dueReminder(round, '2025-05-30', 0)).toBeUndefined();
    expect(dueReminder(round, '2025-05-31', 0)).toBe('round.reminder');
  });

  it('owes nothing once the round is closed', () => {
    expect(dueReminder({ ...round, state: 'closed' }, '2025-05-24', 7)).toBeUndefined();
    expect(dueReminder({ ...round, state: 'closed' }, '2025-06-01', 7)).toBeUndefined();
  });

  it('skips a stage that had begun when the round opened: the opening e-mail named the due date', () => {
    const late = { ...round, openedDay: '2025-05-28' };
    expect(dueReminder(late, '2025-05-28', 7)).toBeUndefined();
    expect(dueReminder(late, '2025-05-31', 7)).toBeUndefined();
    expect(dueReminder(late, '2025-06-01', 7)).toBe('round.overdue');
    const afterDue = { ...round, openedDay: '2025-06-10' };
    expect(dueReminder(afterDue, '2025-06-10', 7)).toBeUndefined();
    expect(dueReminder(afterDue, '2025-07-01', 7)).toBeUndefined();
    // Opened on the due day itself: no reminder that day, the overdue notice the next.
    expect(dueReminder({ ...round, openedDay: '2025-05-31' }, '2025-06-01', 7)).toBe(
      'round.overdue',
    );
  });
});
