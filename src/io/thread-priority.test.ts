import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReportInWorker } from './read-report-in-worker.ts';
import { LOWEST_PRIORITY } from './thread-priority.ts';
import { fixtureBytes } from '../../test/support/test-files.ts';

/** The nice value of each thread of this process, by thread id (Linux's /proc). */
function threadNiceValues(): Map<number, number> {
  const values = new Map<number, number>();
  for (const id of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${id}/stat`, 'utf8');
      // Field 19, counted after the command's name (in parentheses).
      const nice = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      values.set(Number(id), nice);
    } catch {
      // The thread ended meanwhile.
    }
  }
  return values;
}

describe.skipIf(!existsSync('/proc/thread-self'))('the upload reader’s priority', () => {
  it('reads an upload in a thread at the lowest priority, the process’s own thread unchanged', async () => {
    const before = threadNiceValues();
    const report = await readReportInWorker('yuzawa.tsv', fixtureBytes('yuzawa'));
    expect(report.kpis).toHaveLength(20);
    const after = threadNiceValues();
    // The worker that read it (made by this read, or by an earlier one of this process) stays
    // for the next read, at the lowest priority.
    const lowest = [...after].filter(([, nice]) => nice === LOWEST_PRIORITY);
    expect(lowest.length).toBeGreaterThanOrEqual(1);
    expect(after.get(process.pid)).toBe(before.get(process.pid));
    expect(after.get(process.pid)).not.toBe(LOWEST_PRIORITY);
  });
});
