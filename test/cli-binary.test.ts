import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/mieruka.js', import.meta.url));

async function mieruka(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the mieruka executable', () => {
  it('checks the bundled sample as a separate process, with the contract JSON', async () => {
    const { code, stdout } = await mieruka('check', 'sample/yuzawa-r5-kpi-report.tsv', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).summary).toEqual({ kpis: 20, printed: 18, matched: 18 });
  });
  it('exits 1 with one line and no stack trace on a file it cannot read, 2 on wrong usage', async () => {
    const missing = await mieruka('check', 'nowhere.tsv');
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe('mieruka: nowhere.tsv: no such file');
    expect((await mieruka('check', '--bogus')).code).toBe(2);
    expect((await mieruka('--help')).stdout).toContain('check');
  });
});
