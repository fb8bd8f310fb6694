import { expect, it } from 'vitest';
import type { DatabaseKind } from '../../src/db/database.ts';
import { main } from '../../src/cli/main.ts';
import { recordingContext } from '../../src/cli/test-context.ts';
import { buildApp } from '../../src/server/app.ts';
import { openDatabase } from '../../src/db/database.ts';
import { createDatabaseUrl, eachDatabase } from '../support/databases.ts';

const SAMPLE = new URL('../../sample/yuzawa-r5-kpi-report.tsv', import.meta.url).pathname;

/** A fresh, empty database for the commands, as DATABASE_URL. */
const databaseEnv = async (kind: DatabaseKind) => ({
  DATABASE_URL: (await createDatabaseUrl(kind)).url,
});

async function run(env: Record<string, string>, stdin: string, ...argv: string[]) {
  const context = { ...recordingContext(process.cwd(), stdin), env };
  const code = await main(argv, context);
  return { code, out: context.out.join('\n'), err: context.err.join('\n') };
}

async function signIn(env: Record<string, string>, email: string, password: string) {
  const url = env.DATABASE_URL ?? '';
  const handle = await openDatabase(
    url.startsWith('postgres') ? { kind: 'postgres', url } : { kind: 'sqlite', file: url },
  );
  const app = await buildApp(handle);
  try {
    return (await app.inject({ method: 'POST', url: '/api/session', payload: { email, password } }))
      .statusCode;
  } finally {
    await app.close();
    await handle.destroy();
  }
}

eachDatabase((kind) => {
  it('adds, lists, resets and disables accounts; the password comes from standard input', async () => {
    const env = await databaseEnv(kind);
    // Departments come from the municipality's list: a typo is refused, naming the near one.
    expect((await run(env, '', 'department', 'add', '企画課')).code).toBe(0);
    expect((await run(env, '', 'department', 'add', '財政課')).out).toBe('Added 財政課.');
    const typo = await run(
      env,
      'long enough secret\n',
      'user',
      'add',
      'typo@example.jp',
      '--role',
      'editor',
      '--department',
      '企画',
    );
    expect(typo).toMatchObject({ code: 1 });
    expect(typo.err).toContain('企画 is not one of the municipality');
    expect(typo.err).toContain('did you mean 企画課?');
    const added = await run(
      env,
      'long enough secret\n',
      'user',
      'add',
      'kikaku@example.jp',
      '--role',
      'editor',
      '--department',
      '企画課',
      '--department',
      '財政課',
      '--name',
      '企画 太郎',
    );
    expect(added).toMatchObject({ code: 0 });
    expect(added.out).toContain('editor (企画課, 財政課)');
    expect(await signIn(env, 'kikaku@example.jp', 'long enough secret')).toBe(200);

    const list = await run(env, '', 'user', 'list');
    expect(list.out).toMatch(/kikaku@example\.jp\s+企画 太郎\s+editor\s+企画課, 財政課\s+active/);
    expect(list.out).not.toMatch(/scrypt/);

    expect(
      (await run(env, 'another long secret\n', 'user', 'set-password', 'kikaku@example.jp')).code,
    ).toBe(0);
    expect(await signIn(env, 'kikaku@example.jp', 'long enough secret')).toBe(401);
    expect(await signIn(env, 'kikaku@example.jp', 'another long secret')).toBe(200);

    expect((await run(env, '', 'user', 'disable', 'kikaku@example.jp')).code).toBe(0);
    expect(await signIn(env, 'kikaku@example.jp', 'another long secret')).toBe(401);
    expect((await run(env, '', 'user', 'list')).out).toContain('disabled');
  });

  it('adds a committee member (外部評価委員), who signs in', async () => {
    const env = await databaseEnv(kind);
    const added = await run(
      env,
      'long enough secret\n',
      'user',
      'add',
      'iin@example.jp',
      '--role',
      'committee',
      '--name',
      '委員 花子',
    );
    expect(added, added.err).toMatchObject({ code: 0 });
    expect((await run(env, '', 'user', 'list')).out).toMatch(
      /iin@example\.jp\s+委員 花子\s+committee/,
    );
    expect(await signIn(env, 'iin@example.jp', 'long enough secret')).toBe(200);
  });

  it('refuses bad input with one line and exit 1, a wrong usage with exit 2', async () => {
    const env = await databaseEnv(kind);
    const short = await run(env, 'short\n', 'user', 'add', 'a@example.jp', '--role', 'viewer');
    expect(short.code).toBe(1);
    expect(short.err).toMatch(/^mieruka: password: use at least 10 characters$/);
    const noDepartment = await run(
      env,
      'long enough secret\n',
      'user',
      'add',
      'b@example.jp',
      '--role',
      'editor',
    );
    expect(noDepartment.err).toContain('departments: an editor belongs to at least one department');
    const noPassword = await run(env, '', 'user', 'add', 'c@example.jp', '--role', 'viewer');
    expect(noPassword).toMatchObject({
      code: 1,
      err: 'mieruka: give the password on standard input',
    });
    expect((await run(env, '', 'user', 'add', 'd@example.jp', '--role', 'boss')).code).toBe(2);
    const twice = await run(
      env,
      'long enough secret\n',
      'user',
      'add',
      'e@example.jp',
      '--role',
      'viewer',
    );
    expect(twice.code).toBe(0);
    const again = await run(
      env,
      'long enough secret\n',
      'user',
      'add',
      'E@example.jp',
      '--role',
      'viewer',
    );
    expect(again).toMatchObject({ code: 1 });
    expect(again.err).toContain('exists already');
    expect((await run(env, '', 'user', 'disable', 'nobody@example.jp')).code).toBe(1);
  });

  it('prints the audit log of a plan and a KPI, as a table and as CSV', async () => {
    const env = await databaseEnv(kind);
    expect(
      (
        await run(
          env,
          '',
          'import',
          SAMPLE,
          '--plan',
          '湯沢市行財政改革',
          '--create-plan',
          '--publish',
        )
      ).code,
    ).toBe(0);
    const table = await run(env, '', 'audit', '--plan', '湯沢市行財政改革');
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/cli:\S+\s+plan\.import/);
    const csv = await run(env, '', 'audit', '--plan', '湯沢市行財政改革', '--csv');
    expect(
      csv.out.startsWith('\uFEFFid,at,actor,address,action,plan,entity,kpi,fy,field,old,new'),
    ).toBe(true);
    expect(csv.out).toContain('sha256 ');
    const none = await run(env, '', 'audit', '--kpi', '⑦');
    expect(none.out).toBe('No entries.');
    expect((await run(env, '', 'audit', '--plan', 'ない計画')).err).toBe(
      'mieruka: no plan named "ない計画"',
    );
    expect((await run(env, '', 'audit', '--since', 'someday')).code).toBe(1);
  });
}, 'mieruka user and audit on ');

eachDatabase((kind) => {
  it('renames a department from a year: its accounts follow, the list keeps the history', async () => {
    const env = await databaseEnv(kind);
    expect((await run(env, '', 'department', 'add', '情報政策課')).code).toBe(0);
    expect(
      (
        await run(
          env,
          'long enough secret\n',
          'user',
          'add',
          'joho@example.jp',
          '--role',
          'editor',
          '--department',
          '情報政策課',
        )
      ).code,
    ).toBe(0);
    const renamed = await run(
      env,
      '',
      'department',
      'rename',
      '情報政策課',
      '--to',
      'DX推進課',
      '--from',
      'R7',
      '--reason',
      '機構改革',
    );
    expect(renamed).toMatchObject({ code: 0, out: 'Renamed: 情報政策課 → DX推進課（R7から）.' });
    expect((await run(env, '', 'department', 'list')).out).toBe(
      'DX推進課; 情報政策課 → DX推進課（R7から）',
    );
    expect((await run(env, '', 'user', 'list')).out).toMatch(/joho@example\.jp.*DX推進課/);
    const again = await run(
      env,
      '',
      'department',
      'rename',
      'DX推進課',
      '--to',
      'デジタル課',
      '--from',
      'R6',
      '--reason',
      '再編',
    );
    expect(again.code).toBe(1);
    expect(again.err).toContain('renamed from R7 already');
  });

  it('merges a department into another from a year: its editors join the other', async () => {
    const env = await databaseEnv(kind);
    for (const name of ['情報政策課', '企画課']) {
      expect((await run(env, '', 'department', 'add', name)).code).toBe(0);
    }
    const added = await run(
      env,
      'long enough secret\n',
      'user',
      'add',
      'joho@example.jp',
      '--role',
      'editor',
      '--department',
      '情報政策課',
    );
    expect(added.code).toBe(0);
    const args = ['department', 'merge', '情報政策課', '--into', '企画課', '--reason', '機構改革'];
    const merged = await run(env, '', ...args, '--from', 'R7');
    expect(merged).toMatchObject({ code: 0, out: 'Merged 情報政策課 into 企画課 from R7.' });
    expect((await run(env, '', 'department', 'list')).out).toBe(
      '企画課\n情報政策課; merged into 企画課 from R7',
    );
    expect((await run(env, '', 'user', 'list')).out).toMatch(/joho@example\.jp.*企画課/);
    const again = await run(env, '', ...args, '--from', 'R8');
    expect(again.code).toBe(1);
    expect(again.err).toContain('merged into 企画課 already');
  });
});
