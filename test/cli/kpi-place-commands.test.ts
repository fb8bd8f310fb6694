import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { databaseEnv, runCli as run } from '../support/cli-run.ts';
import { eachDatabase } from '../support/databases.ts';

/*
 * Where a KPI stands, from the command line (issue 20): `kpi departments` hands ⑦ to 財政課
 * from R7, `kpi move` puts ⑫ under theme program 9 from R7; the published R5 export stays
 * byte for byte, R7 shows both, and a change into a published year exits 1 saying why.
 */

const SAMPLE = new URL('../../sample/yuzawa-r5-kpi-report.tsv', import.meta.url).pathname;
const PLAN = '湯沢市行財政改革実施計画';

interface Exported {
  plan: {
    policies: {
      themes: { number: string; kpis: { code: string; departments: string[] }[] }[];
    }[];
  };
}

eachDatabase((kind) => {
  it('hands ⑦ to 財政課 and moves ⑫ from R7, leaving R5 as published', async () => {
    const env = await databaseEnv(kind);
    expect(
      (await run(env, 'import', SAMPLE, '--plan', PLAN, '--create-plan', '--publish', '--fy', 'R5'))
        .code,
    ).toBe(0);
    const folder = mkdtempSync(join(tmpdir(), 'mieruka-places-'));
    const exported = async (fy: string) => {
      const file = join(folder, `${fy}.json`);
      const args = ['export', '--plan', PLAN, '--fy', fy, '--format', 'json', '--out', file];
      const written = await run(env, ...args);
      expect(written.code, written.err).toBe(0);
      return readFileSync(file, 'utf8');
    };
    const rowsOf = (json: string) =>
      (JSON.parse(json) as Exported).plan.policies.flatMap((p) =>
        p.themes.flatMap((t) => t.kpis.map((k) => ({ ...k, theme: { number: t.number } }))),
      );
    const r5 = await exported('R5');
    const twelve = rowsOf(r5).find((r) => r.code === '⑫')!;
    const theme = twelve.theme.number === '9' ? '8' : '9';

    const dated = ['--from', 'R5', '--reason', '機構改革'];
    const early = await run(
      env,
      'kpi',
      'departments',
      '--plan',
      PLAN,
      '--kpi',
      '⑦',
      '--department',
      '財政課',
      ...dated,
    );
    expect(early).toMatchObject({ code: 1, out: '' });
    expect(early.err).toMatch(/R5 is published/);
    const undated = await run(env, 'kpi', 'move', '--plan', PLAN, '--kpi', '⑫', '--theme', theme);
    expect(undated.code).toBe(1);
    expect(undated.err).toMatch(/say from which fiscal year/);
    const half = await run(
      env,
      'kpi',
      'move',
      '--plan',
      PLAN,
      '--kpi',
      '⑫',
      '--theme',
      theme,
      '--from',
      'R7',
    );
    expect(half.code).toBe(1);
    expect(half.err).toMatch(/--from and --reason go together/);

    const handed = await run(
      env,
      'kpi',
      'departments',
      '--plan',
      PLAN,
      '--kpi',
      '⑦',
      '--department',
      '財政課',
      '--from',
      'R7',
      '--reason',
      '機構改革',
    );
    expect(handed.code, handed.err).toBe(0);
    expect(handed.out).toBe("⑦ is 財政課's from R7; the years before keep 企画課.");
    const moved = await run(
      env,
      'kpi',
      'move',
      '--plan',
      PLAN,
      '--kpi',
      '⑫',
      '--theme',
      theme,
      '--from',
      'R7',
      '--reason',
      '中間見直し',
    );
    expect(moved.code, moved.err).toBe(0);
    expect(moved.out).toBe(
      `Moved ⑫ to theme program ${theme} from R7; the years before keep its old place.`,
    );

    expect(await exported('R5')).toBe(r5);
    const r7 = rowsOf(await exported('R7'));
    expect(r7.find((r) => r.code === '⑦')?.departments).toEqual(['財政課']);
    expect(r7.find((r) => r.code === '⑫')?.theme.number).toBe(theme);
    const audit = await run(env, 'audit', '--plan', PLAN, '--kpi', '⑦');
    expect(audit.out).toContain('kpi.departments');

    const help = await run(env, 'kpi', 'departments', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('--department <name>');
  });
});
