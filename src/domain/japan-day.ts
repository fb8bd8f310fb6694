/**
 * The municipality's calendar day (Japan: UTC+9, no daylight saving), YYYY-MM-DD: the day a
 * due date and "overdue" are told by, whatever the server's time zone.
 * @example japanDay(new Date('2025-05-31T15:00:00Z')) // '2025-06-01'
 */
export function japanDay(instant: Date): string {
  return new Date(instant.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}
