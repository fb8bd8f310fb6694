import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { databaseEnv, runCli as run } from '../support/cli-run.ts';
import { eachDatabase } from '../support/databases.ts';

/*
 * Importing under a plan name that does not exist asks before creating the plan (issue 20):
 * a typo never starts a new plan, and a plan an import creates is not published until the
 * admin says so.
 */

const SAMPLE = new URL('../../sample/yuzawa-r5-kpi-report.tsv', import.meta.url).pathname;
const PLAN = '湯沢市行財政改革実施計画';

eachDatabase((kind) => {
  it('refuses a name no plan has, creates the plan with --create-plan, and publishes only with --publish', async () => {
    const env = await databaseEnv(kind);
    const refused = await run(env, 'import', SAMPLE, '--plan', PLAN);
    expect(refused).toMatchObject({ code: 1, out: '' });
    expect(refused.err).toMatch(
      /no plan named "湯沢市行財政改革実施計画": say to create it \(--create-plan/,
    );

    const created = await run(env, 'import', SAMPLE, '--plan', PLAN, '--create-plan');
    expect(created.code, created.err).toBe(0);
    expect(created.out).not.toMatch(/[Pp]ublished/);
    const audit = await run(env, 'audit', '--plan', PLAN, '--csv');
    expect(audit.out).not.toMatch(/published 20/);
    // The worker that read the file hashed it: the file's own sha256.
    const sha256 = createHash('sha256').update(readFileSync(SAMPLE)).digest('hex');
    expect(audit.out).toContain(`sha256 ${sha256}`);

    // A typo in the name of an existing plan is refused, naming the plan there is.
    const typo = await run(env, 'import', SAMPLE, '--plan', '湯沢市行財政改革計画');
    expect(typo.code).toBe(1);
    expect(typo.err).toContain('(the plans are "湯沢市行財政改革実施計画")');

    const published = await run(env, 'import', SAMPLE, '--plan', PLAN, '--publish');
    expect(published.code, published.err).toBe(0);
    const after = await run(env, 'audit', '--plan', PLAN, '--csv');
    expect(after.out).toMatch(/published 2023/);
  });
});
