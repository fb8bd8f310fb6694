/*
 * When the round's e-mails go out (照会): the opening one when the round opens, a reminder a
 * set number of days before the due date, and an overdue notice the day after it. Days are
 * the municipality's calendar days (Japan), YYYY-MM-DD, given by the caller: no clock here.
 */

/** The kinds of a round's e-mails; the outbox holds each once per round and recipient. */
export const ROUND_MESSAGE_KINDS = ['round.open', 'round.reminder', 'round.overdue'] as const;
export type RoundMessageKind = (typeof ROUND_MESSAGE_KINDS)[number];
export type ReminderKind = Exclude<RoundMessageKind, 'round.open'>;

/** Days before the due date the reminder goes out, unless the deployment says otherwise. */
export const DEFAULT_REMINDER_DAYS = 7;

/**
 * The calendar day `days` after (or before, when negative) a YYYY-MM-DD day.
 * @example addDays('2025-05-31', -7) // '2025-05-24'
 */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export interface ScheduledRound {
  readonly state: 'open' | 'closed';
  /** YYYY-MM-DD: the last day departments have. */
  readonly dueDate: string;
  /** YYYY-MM-DD: the municipality's day the round opened, when the opening e-mail went out. */
  readonly openedDay: string;
}

/**
 * The reminder a round owes its editors on `today`, if any. A closed round owes none. From
 * `daysBefore` days before the due date through the due date itself: the reminder; from the
 * day after: the overdue notice. A stage that had begun when the round opened is skipped, as
 * the opening e-mail already named the due date (a round opened 3 days before its due date
 * sends no "7 days left" on the same day; one opened after its due date sends no overdue
 * notice beside its opening e-mail). A server down through the reminder's days sends the
 * overdue notice only, not both.
 * @example
 * dueReminder({ state: 'open', dueDate: '2025-05-31', openedDay: '2025-04-01' }, '2025-05-24', 7)
 * // 'round.reminder'
 */
export function dueReminder(
  round: ScheduledRound,
  today: string,
  daysBefore: number = DEFAULT_REMINDER_DAYS,
): ReminderKind | undefined {
  if (round.state !== 'open') return undefined;
  if (today > round.dueDate) {
    return round.openedDay <= round.dueDate ? 'round.overdue' : undefined;
  }
  const reminderDay = addDays(round.dueDate, -daysBefore);
  return today >= reminderDay && round.openedDay < reminderDay ? 'round.reminder' : undefined;
}
