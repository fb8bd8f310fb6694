/**
 * The first instant of a calendar day (the date field's YYYY-MM-DD) in the reader's own time
 * zone, as the API takes it: "2025-04-01" in Japan is 2025-03-31T15:00:00.000Z, so an entry made
 * at 08:00 JST on 1 April is "since 1 April". Undefined for an empty or unreadable field.
 */
export function dayStart(date: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return undefined;
  const [, year, month, day] = match;
  const start = new Date(Number(year), Number(month) - 1, Number(day));
  return Number.isNaN(start.getTime()) ? undefined : start.toISOString();
}
