import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../io/test-files.ts';
import { main } from './main.ts';
import { recordingContext } from './test-context.ts';

const run = async (...argv: string[]) => {
  const context = recordingContext(process.cwd());
  const code = await main(argv, context);
  return { code, out: context.out.join(''), err: context.err.join('') };
};

describe('mieruka check', () => {
  it('prints the contract JSON for the Yuzawa table: 20 KPIs, 18 printed, 18 matched, nothing unplaced', async () => {
    const { code, out } = await run('check', fixturePath('yuzawa'), '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.summary).toEqual({ kpis: 20, printed: 18, matched: 18 });
    expect(json.unplaced).toEqual([]);
    expect(json.kpis[0]).toMatchObject({
      code: '①',
      title: '新たな仕組みによりまちづくりに取り組む地区・団体数',
      printed: '50%',
      computed: '50%',
      match: true,
      direction: 'increase',
      basis: 'latest',
    });
    expect(json.kpis[15]).toMatchObject({
      code: '⑯',
      printed: '100.2%',
      computed: '100.2%',
      direction: 'decrease',
    });
    expect(json.kpis[8]).toMatchObject({ code: '⑨', printed: null, computed: null, match: null });
  });

  it('prints a readable table by default', async () => {
    const { code, out } = await run('check', fixturePath('yuzawa'));
    expect(code).toBe(0);
    expect(out).toContain('令和5年度（2023年度）');
    expect(out).toMatch(/⑩\s+インフラ施設.*43%\s+43%\s+✓\s+increase\s+cumulative/);
    expect(out).toContain('20 KPIs, 18 printed rates, 18 matched, 0 cells unplaced');
  });

  it('exits 0 on a table with mismatches, and names them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mieruka-'));
    const file = join(dir, 'off.csv');
    writeFileSync(file, '指標,基準値,目標値,R5実績,達成率\n① 参加者数,10,20,15,80%\n');
    const { code, out } = await run('check', file);
    expect(code).toBe(0);
    expect(out).toContain('Not reproduced:');
    expect(out).toContain('1 KPIs, 1 printed rates, 0 matched');
  });

  it('exits 1 with one line naming the file when it cannot parse it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mieruka-'));
    const file = join(dir, 'broken.xlsx');
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    const { code, err } = await run('check', file);
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('broken.xlsx: not a readable XLSX workbook');
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('exits 1 for a missing file, 2 for wrong usage, 0 for --help', async () => {
    expect((await run('check', 'no-such-file.tsv')).err).toContain(
      'no-such-file.tsv: no such file',
    );
    expect((await run('check', 'no-such-file.tsv')).code).toBe(1);
    expect((await run('check')).code).toBe(2);
    expect((await run('check', fixturePath('yuzawa'), '--fy', 'tomorrow')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    const help = await run('check', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('--json');
  });
});
