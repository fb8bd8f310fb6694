import { describe, expect, it } from 'vitest';
import { turns } from './turns.ts';

describe('turns', () => {
  it('lets `limit` run at once and the others in order as each ends', async () => {
    const printing = turns(2);
    const order: string[] = [];
    const job = async (name: string, hold: Promise<void>) => {
      const release = await printing.take();
      order.push(`start ${name}`);
      await hold;
      order.push(`end ${name}`);
      release();
    };
    let endA = () => {};
    const a = job('a', new Promise<void>((go) => (endA = go)));
    const b = job('b', Promise.resolve());
    const c = job('c', Promise.resolve());
    await b;
    await new Promise((go) => setTimeout(go, 0));
    expect(printing.waiting).toBe(0);
    await c;
    expect(order).toEqual(['start a', 'start b', 'end b', 'start c', 'end c']);
    endA();
    await a;
    expect(order.at(-1)).toBe('end a');
  });

  it('counts who waits, and a release called twice frees one turn only', async () => {
    const printing = turns(1);
    const release = await printing.take();
    const second = printing.take();
    const third = printing.take();
    expect(printing.waiting).toBe(2);
    release();
    release();
    await second;
    expect(printing.waiting).toBe(1);
    let thirdStarted = false;
    void third.then(() => (thirdStarted = true));
    await new Promise((go) => setTimeout(go, 5));
    expect(thirdStarted).toBe(false);
  });
});
