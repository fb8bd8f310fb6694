/**
 * At most `limit` of a kind of work at once, the rest waiting in order: a slow, heavy job (a
 * worker reading an upload, Chromium printing a PDF) never runs more copies than the machine
 * holds. `take` resolves to the release to call when done.
 * @example const release = await printing.take(); try { … } finally { release(); }
 */
export interface Turns {
  take(): Promise<() => void>;
  /** How many wait for a turn now. */
  readonly waiting: number;
}

export function turns(limit: number): Turns {
  let running = 0;
  const queue: (() => void)[] = [];
  return {
    async take() {
      if (running >= limit) await new Promise<void>((go) => queue.push(go));
      running += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        running -= 1;
        queue.shift()?.();
      };
    },
    get waiting() {
      return queue.length;
    },
  };
}
