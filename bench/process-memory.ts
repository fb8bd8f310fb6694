import { readFileSync } from 'node:fs';

/** A field of /proc/<pid>/status in bytes (Linux), or null where there is no /proc. */
function statusBytes(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
    return kb === undefined ? null : Number(kb) * 1024;
  } catch {
    return null;
  }
}

/** The most memory the process has ever held resident (its high-water mark), in bytes. */
export const peakRssSoFar = (pid: number): number | null => statusBytes(pid, 'VmHWM');

export interface RssSampler {
  /** Stops sampling; the largest resident set seen, in bytes (null without /proc). */
  stop(): number | null;
}

/** Samples the resident set of another process every `everyMs` until stopped. */
export function sampleRss(pid: number, everyMs = 50): RssSampler {
  let peak: number | null = statusBytes(pid, 'VmRSS');
  const timer = setInterval(() => {
    const rss = statusBytes(pid, 'VmRSS');
    if (rss !== null) peak = Math.max(peak ?? 0, rss);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

/** "143 MB", "1.4 MB", or "n/a" where it could not be read. */
export function formatMegabytes(bytes: number | null): string {
  if (bytes === null) return 'n/a';
  const mb = bytes / (1024 * 1024);
  return `${mb.toFixed(mb < 10 ? 1 : 0)} MB`;
}
