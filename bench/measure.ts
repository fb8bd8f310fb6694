import { performance } from 'node:perf_hooks';

export interface Timing {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

/** Times an async function over several runs after one warm-up, in milliseconds. */
export async function measure(
  run: () => Promise<unknown>,
  { runs }: { runs: number },
): Promise<Timing> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return timing(times);
}

function timing(times: number[]): Timing {
  times.sort((a, b) => a - b);
  return {
    min: times[0] ?? 0,
    median: times[Math.floor(times.length / 2)] ?? 0,
    max: times.at(-1) ?? 0,
  };
}

/**
 * Times two async functions run in turn (a, b, a, b …) after one warm-up each, so that a figure
 * and its ceiling see the same load on a shared machine. With `batch`, each run calls the
 * function that many times and counts as their mean, so that something done in a tenth of a
 * millisecond is timed over enough calls to be told apart.
 */
export async function measurePair(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  { runs, batch = 1 }: { runs: number; batch?: number },
): Promise<[Timing, Timing]> {
  await a();
  await b();
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i += 1) {
    for (const [n, run] of [a, b].entries()) {
      const start = performance.now();
      for (let j = 0; j < batch; j += 1) await run();
      times[n]?.push((performance.now() - start) / batch);
    }
  }
  return [timing(times[0]), timing(times[1])];
}

/** Milliseconds to a tenth, or to a thousandth below one. */
const ms = (value: number) => value.toFixed(value < 1 ? 3 : 1);

export function printFigure(label: string, timing: Timing, ...args: string[]): void {
  let text = label;
  for (const arg of args) text = text.replace('%s', arg);
  console.log(
    `${text}: median ${ms(timing.median)} ms (min ${ms(timing.min)}, max ${ms(timing.max)})`,
  );
}
