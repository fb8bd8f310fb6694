import { describe, expect, it } from 'vitest';
import { SharedReads } from './shared-reads.ts';

/** A read whose answer the test gives: the value stored when the read started. */
function store() {
  const stored = new Map<string, number>();
  const pending: (() => void)[] = [];
  const reads = new SharedReads((key: string) => {
    const value = stored.get(key) ?? 0;
    return new Promise<number>((resolve) => pending.push(() => resolve(value)));
  });
  const finishOne = async () => {
    pending.shift()?.();
    // Let the answers and the next read's start run.
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
  };
  return { stored, reads, finishOne, pending };
}

describe('shared reads', () => {
  it('gives readers arriving while a read runs the next read, shared, never the running one', async () => {
    const { stored, reads, finishOne } = store();
    stored.set('plan 1', 1);
    const first = reads.read('plan 1');
    // Written after the first read began, before these readers arrived: they must see it.
    stored.set('plan 1', 2);
    const later = [reads.read('plan 1'), reads.read('plan 1'), reads.read('plan 1')];
    expect(reads.started).toBe(1);
    await finishOne();
    expect(await first).toBe(1);
    expect(reads.started).toBe(2);
    await finishOne();
    expect(await Promise.all(later)).toEqual([2, 2, 2]);
  });

  it('starts a read at once when none of its key runs, and keeps keys apart', async () => {
    const { stored, reads, finishOne, pending } = store();
    stored.set('a', 1).set('b', 2);
    const a = reads.read('a');
    const b = reads.read('b');
    expect(pending).toHaveLength(2);
    await finishOne();
    await finishOne();
    expect([await a, await b]).toEqual([1, 2]);
    stored.set('a', 3);
    const again = reads.read('a');
    expect(reads.started).toBe(3);
    await finishOne();
    expect(await again).toBe(3);
  });

  it('passes a failed read to its readers only, and the next read runs', async () => {
    let fail = true;
    const reads = new SharedReads(async (key: string) => {
      if (fail) throw new Error(`cannot read ${key}`);
      return key.length;
    });
    const failed = reads.read('plan');
    const next = reads.read('plan');
    fail = false;
    await expect(failed).rejects.toThrow('cannot read plan');
    expect(await next).toBe(4);
  });
});
