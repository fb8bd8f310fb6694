import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** The nice value of a thread that should run only when nothing else wants the CPU. */
export const LOWEST_PRIORITY = 19;

/**
 * Lowers the calling thread's CPU priority (Linux: its own nice value, found through
 * /proc/thread-self; a worker thread's, not its process's). Elsewhere nothing changes.
 * Returns the thread's id, or null when it was left as it was.
 * @example lowerThreadPriority(); // in a worker that reads an upload
 */
export function lowerThreadPriority(nice: number = LOWEST_PRIORITY): number | null {
  try {
    // "<pid>/task/<tid>"
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
    if (!Number.isInteger(threadId)) return null;
    setPriority(threadId, nice);
    return threadId;
  } catch {
    return null;
  }
}
