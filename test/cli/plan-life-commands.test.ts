import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { databaseEnv, runCli as run } from '../support/cli-run.ts';
import { eachDatabase } from '../support/databases.ts';

/*
 * The plan's life from the command line (DESIGN.md): `target revise`, `kpi retire`, `kpi add`,
 * each dated by --from and explained by --reason; the published R5 stays as it was (its
 * export byte for byte), R7 has the new plan, a change into a published year exits 1.
 */

const SAMPLE = new URL('../../sample/yuzawa-r5-kpi-report.tsv', import.meta.url).pathname;
const PLAN = '湯沢市行財政改革実施計画';

eachDatabase((kind) => {
  it('revises ⑦’s target, retires ⑫ and adds ㉑ from R7, leaving R5 as published', async () => {
    const env = await databaseEnv(kind);
    expect(
      (await run(env, 'import', SAMPLE, '--plan', PLAN, '--create-plan', '--publish', '--fy', 'R5'))
        .code,
    ).toBe(0);
    const folder = mkdtempSync(join(tmpdir(), 'mieruka-life-'));
    const exported = async (fy: string) => {
      const file = join(folder, `${fy}.json`);
      const written = await run(
        env,
        'export',
        '--plan',
        PLAN,
        '--fy',
        fy,
        '--format',
        'json',
        '--out',
        file,
      );
      expect(written.code, written.err).toBe(0);
      return readFileSync(file, 'utf8');
    };
    const r5 = await exported('R5');

    const intoPublished = await run(
      env,
      'target',
      'revise',
      '--plan',
      PLAN,
      '--kpi',
      '⑦',
      '--from',
      'R5',
      '--value',
      '270,000',
      '--reason',
      '中間見直し',
    );
    expect(intoPublished).toMatchObject({ code: 1, out: '' });
    expect(intoPublished.err).toMatch(/R5 is published/);

    const revised = await run(
      env,
      'target',
      'revise',
      '--plan',
      PLAN,
      '--kpi',
      '⑦',
      '--from',
      'R7',
      '--value',
      '270,000',
      '--reason',
      '中間見直し：解体計画の延期',
    );
    expect(revised, revised.err).toMatchObject({ code: 0 });
    expect(revised.out).toBe("Revised ⑦'s target from R7 (target); the years before keep theirs.");

    const added = await run(
      env,
      'kpi',
      'add',
      '--plan',
      PLAN,
      '--from',
      'R7',
      '--code',
      '㉑',
      '--theme',
      '8',
      '--title',
      '電子申請の利用件数',
      '--unit',
      '件',
      '--department',
      '情報政策課',
      '--target',
      '5,000',
      '--target-year',
      'R8',
      '--reason',
      '⑫に代わる指標',
    );
    expect(added.code, added.err).toBe(0);
    const retired = await run(
      env,
      'kpi',
      'retire',
      '--plan',
      PLAN,
      '--kpi',
      '⑫',
      '--from',
      'R7',
      '--replaced-by',
      '㉑',
      '--reason',
      '㉑に統合',
    );
    expect(retired.code, retired.err).toBe(0);
    expect(retired.out).toBe('Retired ⑫ from R7, replaced by ㉑; it stays in the years before.');

    expect(await exported('R5')).toBe(r5);
    const r7 = JSON.parse(await exported('R7')) as unknown;
    const text = JSON.stringify(r7);
    expect(text).toContain('㉑');
    expect(text).toContain('270000');
    expect(text).not.toContain('⑫');

    const audit = await run(env, 'audit', '--plan', PLAN, '--kpi', '⑦');
    expect(audit.out).toContain('kpi.revise');
    expect(audit.out).toContain('中間見直し：解体計画の延期');
  });

  it('refuses bad values as usage errors, naming the option', async () => {
    const env = await databaseEnv(kind);
    const bad = await run(
      env,
      'target',
      'revise',
      '--plan',
      PLAN,
      '--kpi',
      '⑦',
      '--from',
      'R7',
      '--value',
      'たくさん',
      '--reason',
      'x',
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--value.*not a number: たくさん/);
    const noReason = await run(env, 'kpi', 'retire', '--plan', PLAN, '--kpi', '⑫', '--from', 'R7');
    expect(noReason.code).toBe(2);
    expect(noReason.err).toMatch(/--reason/);
    const help = await run(env, 'kpi', 'add', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('--theme <number>');
  });
});

eachDatabase((kind) => {
  it('makes the next plan with the KPIs carried over, leaving the old plan as published', async () => {
    const env = await databaseEnv(kind);
    expect(
      (await run(env, 'import', SAMPLE, '--plan', PLAN, '--create-plan', '--publish', '--fy', 'R5'))
        .code,
    ).toBe(0);
    const overlapping = await run(
      env,
      'plan',
      'next',
      '--plan',
      PLAN,
      '--name',
      '第2次計画',
      '--start',
      'R8',
      '--end',
      'R12',
      '--carry',
      '⑦',
    );
    expect(overlapping.code).toBe(1);
    expect(overlapping.err).toContain('startYear: the next plan starts after the current one ends');
    const made = await run(
      env,
      'plan',
      'next',
      '--plan',
      PLAN,
      '--name',
      '第2次計画',
      '--start',
      'R9',
      '--end',
      'R13',
      '--carry',
      '⑦,①',
    );
    expect(made.code, made.err).toBe(0);
    expect(made.out).toContain('Made the next plan "第2次計画"');
    expect(made.out).toContain('KPI ⑦ added');
    expect(made.out).toContain('KPI ① added');
    expect(made.out).not.toContain('KPI ⑫ added');
    const all = await run(
      env,
      'plan',
      'next',
      '--plan',
      PLAN,
      '--name',
      '第2次計画（全指標）',
      '--start',
      'R9',
      '--end',
      'R13',
      '--carry-all',
    );
    expect(all.code, all.err).toBe(0);
    expect(all.out).toContain('KPI ⑳ added');
  });
});
