import { expect, it } from 'vitest';
import { runCli, databaseEnv } from '../support/cli-run.ts';
import { eachDatabase } from '../support/databases.ts';

const SAMPLE = new URL('../../sample/yuzawa-r5-kpi-report.tsv', import.meta.url).pathname;
const PLAN = '湯沢市行財政改革実施計画';

const run = runCli;

eachDatabase((kind) => {
  it('opens the R6 round, shows its progress per department, closes it, once each', async () => {
    const env = await databaseEnv(kind);
    expect(
      (await run(env, 'import', SAMPLE, '--plan', PLAN, '--create-plan', '--publish', '--fy', 'R5'))
        .code,
    ).toBe(0);

    const badDue = await run(
      env,
      'round',
      'open',
      '--plan',
      PLAN,
      '--fy',
      'R6',
      '--due',
      '2025-02-30',
    );
    expect(badDue).toMatchObject({ code: 1, out: '' });
    expect(badDue.err).toMatch(/due: not a date: 2025-02-30/);
    expect(
      (await run(env, 'round', 'open', '--plan', PLAN, '--fy', 'R99x', '--due', '2025-05-31')).code,
    ).toBe(2);
    expect(
      await run(env, 'round', 'open', '--plan', 'なし', '--fy', 'R6', '--due', '2025-05-31'),
    ).toMatchObject({
      code: 1,
      err: expect.stringMatching(/no plan named "なし"/),
    });

    const opened = await run(
      env,
      'round',
      'open',
      '--plan',
      PLAN,
      '--fy',
      'R6',
      '--due',
      '2025-05-31',
    );
    expect(opened.code).toBe(0);
    const [openedLine, nobody] = opened.out.split('\n');
    expect(openedLine).toMatch(
      /^Opened the R6 round of 湯沢市行財政改革実施計画, due 2025-05-31: \d+ entries\.$/,
    );
    // No account yet: every department is named as one nobody was e-mailed for.
    expect(nobody).toMatch(
      /^No editor account for まちづくり協働課, .*企画課.*: nobody was e-mailed/,
    );
    const again = await run(
      env,
      'round',
      'open',
      '--plan',
      PLAN,
      '--fy',
      'R6',
      '--due',
      '2025-06-30',
    );
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/opened already/);

    const status = await run(env, 'round', 'status', '--plan', PLAN, '--fy', 'R6');
    expect(status.code).toBe(0);
    const lines = status.out.split('\n');
    expect(lines[0]).toBe('R6 round of 湯沢市行財政改革実施計画: open, due 2025-05-31');
    // 企画課 owes ⑦–⑫: six entries, none started; the due date (2025) is long past.
    const kikaku = lines.find((l) => l.startsWith('企画課'))?.split(/\s+/);
    expect(kikaku).toEqual(['企画課', '6', '0', '0', '0', '0', '6']);

    const closed = (await run(env, 'round', 'close', '--plan', PLAN, '--fy', 'R6')).out.split('\n');
    expect(closed[0]).toBe('Closed the R6 round of 湯沢市行財政改革実施計画: the year is locked.');
    // What it left: every entry never started, and no department with an editor.
    expect(closed[1]).toMatch(/^Entries: (\d+) not_started 未着手 \(of \1\)\.$/);
    expect(closed[2]).toMatch(/^No editor account for: .*企画課/);
    const closedAgain = await run(env, 'round', 'close', '--plan', PLAN, '--fy', 'R6');
    expect(closedAgain.code).toBe(1);
    expect(closedAgain.err).toMatch(/closed already/);
    expect((await run(env, 'round', 'status', '--plan', PLAN, '--fy', 'R6')).out).toMatch(
      /^R6 round of 湯沢市行財政改革実施計画: closed, due 2025-05-31, closed \d{4}-\d{2}-\d{2} by cli:/,
    );
    const audit = await run(env, 'audit', '--plan', PLAN);
    expect(audit.out).toMatch(/round\.close/);
    expect(audit.out).toMatch(/round\.open/);
  });

  it('says so when there is no round for the year', async () => {
    const env = await databaseEnv(kind);
    expect(
      (await run(env, 'import', SAMPLE, '--plan', PLAN, '--create-plan', '--publish', '--fy', 'R5'))
        .code,
    ).toBe(0);
    const none = await run(env, 'round', 'status', '--plan', PLAN, '--fy', 'R7');
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/round not found: R7/);
  });
}, 'mieruka round on ');
