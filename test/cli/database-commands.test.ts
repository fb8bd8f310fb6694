import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { recordingContext } from '../../src/cli/test-context.ts';
import { createDatabase } from '../../src/db/database.ts';
import { listMunicipalities } from '../../src/db/municipality-repository.ts';
import { listPlans } from '../../src/db/plan-repository.ts';
import { SYSTEM } from '../../src/domain/access.ts';
import { getPlanReport } from '../../src/services/plan-views.ts';
import { createDatabaseUrl, databaseUnavailable } from '../support/databases.ts';

const SAMPLE = new URL('../../sample/yuzawa-r5-kpi-report.tsv', import.meta.url).pathname;

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'mieruka-cli-'));
  return { dir, env: { DATABASE_URL: join(dir, 'mieruka.db') } };
}

async function run(env: Record<string, string>, ...argv: string[]) {
  const context = { ...recordingContext(process.cwd()), env };
  const code = await main(argv, context);
  return { code, out: context.out.join('\n'), err: context.err.join('\n') };
}

async function planNames(url: string) {
  const handle = createDatabase(
    url.startsWith('postgres') ? { kind: 'postgres', url } : { kind: 'sqlite', file: url },
  );
  try {
    const names: string[] = [];
    for (const m of await listMunicipalities(handle.db))
      names.push(...(await listPlans(handle.db, m.id)).map((p) => p.name));
    return names;
  } finally {
    await handle.destroy();
  }
}

describe('mieruka import', () => {
  it('loads a table, says what it added, and changes nothing the second time', async () => {
    const { env } = workspace();
    const first = await run(
      env,
      'import',
      SAMPLE,
      '--plan',
      '湯沢市行財政改革',
      '--create-plan',
      '--publish',
      '--fy',
      'R5',
    );
    expect(first.code).toBe(0);
    expect(first.out).toContain('20 KPIs');
    expect(first.out).toContain('+ KPI ⑳ added');
    const second = await run(
      env,
      'import',
      SAMPLE,
      '--plan',
      '湯沢市行財政改革',
      '--create-plan',
      '--publish',
      '--fy',
      'R5',
    );
    expect(second).toMatchObject({ code: 0 });
    expect(second.out).toContain('Nothing changed');
    expect(await planNames(env.DATABASE_URL)).toEqual(['湯沢市行財政改革']);
  });

  it('reports a changed figure when a corrected table is imported again', async () => {
    const { dir, env } = workspace();
    await run(env, 'import', SAMPLE, '--plan', 'P', '--create-plan', '--publish');
    const corrected = readFileSync(SAMPLE, 'utf8').replace(
      '\t0\t1\t0\t2\t0%\t',
      '\t0\t1\t1\t2\t50%\t',
    );
    writeFileSync(join(dir, 'corrected.tsv'), corrected);
    const result = await run(
      env,
      'import',
      join(dir, 'corrected.tsv'),
      '--plan',
      'P',
      '--create-plan',
      '--publish',
    );
    expect(result.out).toContain('Changed (1):');
    expect(result.out).toContain('⑳ R5 actual 0 → 1');
  });

  it('refuses input it cannot take with exit 1, naming file, row and column, and leaves the database untouched', async () => {
    const { dir, env } = workspace();
    await run(env, 'import', SAMPLE, '--plan', 'P', '--create-plan', '--publish');
    const bad = join(dir, 'extra.tsv');
    // A stray rate with no KPI on its row: nowhere to put it.
    writeFileSync(bad, `${readFileSync(SAMPLE, 'utf8').trimEnd()}\n${'\t'.repeat(11)}99%\n`);
    const refused = await run(env, 'import', bad, '--plan', 'Q', '--create-plan', '--publish');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/extra\.tsv, row 32, column 12: cannot place "99%"/);
    expect(refused.err).toContain('nothing was imported');
    expect(await planNames(env.DATABASE_URL)).toEqual(['P']);
    expect((await run(env, 'import', SAMPLE)).code).toBe(2);
    expect(
      (
        await run(
          { DATABASE_URL: 'mysql://x' },
          'import',
          SAMPLE,
          '--plan',
          'P',
          '--create-plan',
          '--publish',
        )
      ).err,
    ).toContain('DATABASE_URL');
  });

  it('refuses a file whose reading raised a problem, naming file, row and column, unless --accept-problems', async () => {
    const { dir, env } = workspace();
    const file = join(dir, 'other-unit.tsv');
    // 504件 under a 人 column would be read as 504 人: the person decides.
    const lines = readFileSync(SAMPLE, 'utf8').split('\n');
    const row = lines.findIndex((line) => line.includes('⑬'));
    lines[row] = lines[row]!.replace('\t504\t', '\t504件\t');
    writeFileSync(file, lines.join('\n'));
    const refused = await run(env, 'import', file, '--plan', 'P', '--create-plan', '--publish');
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      `mieruka: ${file}, row ${row + 1}, column 10: KPI ⑬: cells carry other units than 人: 件, read as 人; nothing was imported (accept the problems to import the file as read)`,
    );
    expect(await planNames(env.DATABASE_URL)).toEqual([]);
    const accepted = await run(
      env,
      'import',
      file,
      '--plan',
      'P',
      '--create-plan',
      '--publish',
      '--accept-problems',
    );
    expect(accepted.code).toBe(0);
    expect(accepted.out).toContain('Imported as read despite problems (1):');
    expect(accepted.out).toContain(`  ? row ${row + 1}, column 10: KPI ⑬: cells carry other units`);
    expect(await planNames(env.DATABASE_URL)).toEqual(['P']);
  });
});

describe('mieruka migrate, backup and restore', () => {
  it('says which database it cannot open, without its password, and exits 1', async () => {
    const { dir } = workspace();
    const notDatabase = join(dir, 'notes.txt');
    writeFileSync(notDatabase, 'これはデータベースではありません。'.repeat(20));
    const file = await run({ DATABASE_URL: notDatabase }, 'migrate');
    expect(file.code).toBe(1);
    expect(file.err).toBe(
      `mieruka: cannot open the database at ${notDatabase}: file is not a database`,
    );
    const server = await run(
      { DATABASE_URL: 'postgres://postgres:secret@127.0.0.1:1/x' },
      'migrate',
    );
    expect(server.code).toBe(1);
    expect(server.err).toMatch(
      /^mieruka: cannot open the database at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/x: /,
    );
    expect(server.err).not.toContain('secret');
  });

  it('migrates, then finds nothing to do', async () => {
    const { env } = workspace();
    expect((await run(env, 'migrate')).out).toContain('Applied: 0001');
    expect((await run(env, 'migrate')).out).toBe('The database is up to date.');
  });

  it('restores a backup into an empty database with the same report, and refuses a non-empty one', async () => {
    const source = workspace();
    await run(
      source.env,
      'import',
      SAMPLE,
      '--plan',
      '湯沢市行財政改革',
      '--create-plan',
      '--publish',
    );
    const file = join(source.dir, 'backup.json');
    expect((await run(source.env, 'backup', file)).code).toBe(0);
    const target = workspace();
    expect((await run(target.env, 'restore', file)).out).toContain('Restored');
    const reportOf = async (url: string) => {
      const handle = createDatabase({ kind: 'sqlite', file: url });
      try {
        const report = await getPlanReport(handle.db, SYSTEM, 1);
        return report.rows.map((r) => [r.code, r.rate, r.actuals.map((a) => a?.text)]);
      } finally {
        await handle.destroy();
      }
    };
    expect(await reportOf(target.env.DATABASE_URL)).toEqual(
      await reportOf(source.env.DATABASE_URL),
    );
    const again = await run(target.env, 'restore', file);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/not empty/);
    writeFileSync(join(target.dir, 'junk.json'), 'not json');
    expect((await run(target.env, 'restore', join(target.dir, 'junk.json'))).err).toContain(
      'not a snapshot',
    );
  });

  it.skipIf(databaseUnavailable('postgres'))(
    'restores a SQLite backup into PostgreSQL with the same report',
    async () => {
      const source = workspace();
      await run(
        source.env,
        'import',
        SAMPLE,
        '--plan',
        '湯沢市行財政改革',
        '--create-plan',
        '--publish',
      );
      const file = join(source.dir, 'backup.json');
      await run(source.env, 'backup', file);
      const pg = await createDatabaseUrl('postgres');
      try {
        const restored = await run({ DATABASE_URL: pg.url }, 'restore', file);
        expect(restored).toMatchObject({ code: 0 });
        const rates = async (
          target: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string },
        ) => {
          const handle = createDatabase(target);
          try {
            return (await getPlanReport(handle.db, SYSTEM, 1)).rows.map((r) => [
              r.code,
              r.rate,
              r.grade,
            ]);
          } finally {
            await handle.destroy();
          }
        };
        expect(await rates({ kind: 'postgres', url: pg.url })).toEqual(
          await rates({ kind: 'sqlite', file: source.env.DATABASE_URL }),
        );
      } finally {
        await pg.drop();
      }
    },
  );
});
