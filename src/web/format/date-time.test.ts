import { describe, expect, it } from 'vitest';
import { dateTimeText } from './date-time.ts';

describe('dateTimeText', () => {
  it('shows Japan’s day and time whatever the browser’s zone (20:00 UTC on 5 Dec is 6 Dec 05:00)', () => {
    expect(dateTimeText('2026-12-05T20:00:00Z', 'ja')).toBe('2026/12/06 5:00');
    expect(dateTimeText('2026-12-05T20:00:00Z', 'en')).toBe('6 Dec 2026, 05:00');
  });
});
