import { describe, expect, it } from 'vitest';
import { dayStart } from './day-start.ts';

describe('dayStart', () => {
  it('starts the day at local midnight (the tests run with TZ=UTC)', () => {
    const expected = new Date(2025, 3, 1).toISOString();
    expect(dayStart('2025-04-01')).toBe(expected);
    if (process.env['TZ'] === 'UTC') expect(expected).toBe('2025-04-01T00:00:00.000Z');
  });

  it('leaves an empty or unreadable field out', () => {
    expect(dayStart('')).toBeUndefined();
    expect(dayStart('1 April')).toBeUndefined();
  });
});
