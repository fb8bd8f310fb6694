import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fixturePath } from '../support/test-files.ts';
import { runCli, databaseEnv } from '../support/cli-run.ts';
import { eachDatabase } from '../support/databases.ts';

/**
 * No column of actuals by its words, and no printed rate to find one by: "R5 数値" holds them
 * (75%, 60%), as a person says with --column.
 */
const LACKING = fixturePath('made-up/no-actual-column-no-rate-r5.tsv');
const PLAN = '図書館振興計画';

const run = runCli;

/** Next year's file of the same shape: "R6 数値", 180 of 200 (90%) and 16 of 20 (80%), no rate printed. */
async function nextYearFile(): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'mieruka-columns-')), 'library-r6.tsv');
  const text = [
    '指標\t単位\t基準値\tR6 数値\t目標値 (R8)',
    '① 図書館利用者数\t人\t100\t180\t200',
    '② 相談件数\t件\t10\t16\t20',
  ].join('\n');
  await writeFile(file, `${text}\n`);
  return file;
}

eachDatabase((kind) => {
  it('refuses a table lacking a column of actuals, even with --accept-problems; imports it with --column and saves the mapping', async () => {
    const env = await databaseEnv(kind);
    for (const flags of [[], ['--accept-problems']]) {
      const refused = await run(
        env,
        'import',
        LACKING,
        '--plan',
        PLAN,
        '--create-plan',
        '--publish',
        ...flags,
      );
      expect(refused, flags.join(' ')).toMatchObject({ code: 1, out: '' });
      expect(refused.err).toBe(
        `mieruka: ${LACKING}, row 1: no column of actual values (実績値) found in the header; set a column’s role to actual`,
      );
    }
    const imported = await run(
      env,
      'import',
      LACKING,
      '--plan',
      PLAN,
      '--create-plan',
      '--publish',
      '--column',
      'R5 数値=actual',
    );
    expect(imported, imported.err).toMatchObject({ code: 0, err: '' });
    expect(imported.out).toContain(`into "${PLAN}" (令和5年度（2023年度）): 2 KPIs.`);
    expect(imported.out).toContain(
      "Saved the column roles given as the plan's mapping for files of this shape.",
    );
    // Nothing was written by the refusals: the plan is added now.
    expect(imported.out).toContain(`+ plan ${PLAN} added`);
    const audit = await run(env, 'audit', '--plan', PLAN, '--csv');
    expect(audit.out).toContain('import.mapping');
    expect(audit.out).toContain('column 4: actual');
  });

  it('imports next year’s file of the same shape with the plan’s saved mapping, and says so', async () => {
    const env = await databaseEnv(kind);
    expect(
      (
        await run(
          env,
          'import',
          LACKING,
          '--plan',
          PLAN,
          '--create-plan',
          '--publish',
          '--column',
          '4=actual',
        )
      ).code,
    ).toBe(0);
    const next = await run(
      env,
      'import',
      await nextYearFile(),
      '--plan',
      PLAN,
      '--create-plan',
      '--publish',
    );
    expect(next, next.err).toMatchObject({ code: 0, err: '' });
    expect(next.out).toContain('(令和6年度（2024年度）): 2 KPIs.');
    expect(next.out).toMatch(
      /^Read with the plan's saved mapping for this file's shape \(D actual; saved by \S+ on \d{4}-\d{2}-\d{2}\)\.$/m,
    );
    const checked = await run(env, 'check', await nextYearFile(), '--column', '4=actual', '--json');
    const result = JSON.parse(checked.out) as { kpis: { computed: string }[] };
    expect(result.kpis.map((k) => k.computed)).toEqual(['90%', '80%']);
    // Another plan has no mapping for the shape: refused as the file reads.
    const other = await run(
      env,
      'import',
      await nextYearFile(),
      '--plan',
      `${PLAN}（別）`,
      '--create-plan',
      '--publish',
    );
    expect(other.code).toBe(1);
    expect(other.err).toContain('no column of actual values');
  });

  it('refuses a bad --column naming the flag and the value, before writing anything', async () => {
    const env = await databaseEnv(kind);
    const bad = await run(
      env,
      'import',
      LACKING,
      '--plan',
      PLAN,
      '--create-plan',
      '--publish',
      '--column',
      '4=actuals',
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--column 4=actuals: "actuals" is not a role');
    const wide = await run(
      env,
      'import',
      LACKING,
      '--plan',
      PLAN,
      '--create-plan',
      '--publish',
      '--column',
      '7=actual',
    );
    expect(wide).toMatchObject({ code: 1, out: '' });
    expect(wide.err).toContain(`--column 7=actual: ${LACKING} has 5 columns under its header`);
    const help = await run(env, 'import', '--help');
    expect(help.out).toContain('--column <column=role>');
  });
});
