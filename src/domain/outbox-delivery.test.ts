import { describe, expect, it } from 'vitest';
import { MAX_DELIVERY_ATTEMPTS, deliveryState, retryDelayMs } from './outbox-delivery.ts';

describe('retryDelayMs', () => {
  it('waits a minute after the first failure, doubling, at most an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelayMs(n) / 60_000)).toEqual([
      1, 2, 4, 8, 16, 32, 60, 60,
    ]);
  });

  it('retries for hours, not days, before giving up', () => {
    let total = 0;
    for (let n = 1; n < MAX_DELIVERY_ATTEMPTS; n++) total += retryDelayMs(n);
    expect(total / 3_600_000).toBeGreaterThan(4);
    expect(total / 3_600_000).toBeLessThan(12);
  });
});

describe('deliveryState', () => {
  it('is sent once sent, failed when the attempts are used up, else pending', () => {
    expect(deliveryState({ sentAt: '2025-04-01T00:00:00.000Z', attempts: 3 })).toBe('sent');
    expect(deliveryState({ sentAt: null, attempts: 0 })).toBe('pending');
    expect(deliveryState({ sentAt: null, attempts: MAX_DELIVERY_ATTEMPTS - 1 })).toBe('pending');
    expect(deliveryState({ sentAt: null, attempts: MAX_DELIVERY_ATTEMPTS })).toBe('failed');
  });
});
