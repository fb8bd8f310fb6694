import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { databaseEnv, runCli as run } from '../support/cli-run.ts';
import { eachDatabase } from '../support/databases.ts';
import { policiesWorkbookFile } from '../support/policies-workbook.ts';

/*
 * A workbook of one worksheet per basic policy: an import reads one worksheet, says which
 * others it did not read (a problem that stops the import until accepted), and reads another
 * when told to with --sheet: a choice made, so no problem stops it.
 */

eachDatabase((kind) => {
  it('refuses to import one worksheet of several unasked, and imports the one --sheet names', async () => {
    const env = await databaseEnv(kind);
    const file = await policiesWorkbookFile();
    const plan = ['--plan', '総合戦略', '--create-plan'];
    const refused = await run(env, 'import', file, ...plan);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      "the workbook's other worksheets with content are not read: 基本目標2",
    );

    const second = await run(env, 'import', file, ...plan, '--sheet', '基本目標2');
    expect(second.code, second.err).toBe(0);
    expect(second.out).toContain('1 KPIs');
    const out = join(mkdtempSync(join(tmpdir(), 'mieruka-')), 'plan.json');
    const exported = await run(
      env,
      'export',
      '--plan',
      '総合戦略',
      '--fy',
      'R5',
      '--format',
      'json',
      '--out',
      out,
    );
    expect(exported.code, exported.err).toBe(0);
    const json = readFileSync(out, 'utf8');
    expect(json).toContain('出生数');
    expect(json).not.toContain('観光客数');
  });
});
