import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { recordingContext } from '../../src/cli/test-context.ts';

async function run(env: Record<string, string>, ...argv: string[]) {
  const context = { ...recordingContext(process.cwd()), env };
  const code = await main(argv, context);
  return { code, out: context.out.join('\n'), err: context.err.join('\n') };
}

describe('CLI messages never show a credential', () => {
  it('masks a password given as ?password= in DATABASE_URL, and the user:password@ one', async () => {
    for (const url of [
      'postgres://postgres@127.0.0.1:1/x?password=hunter2secret',
      'postgres://postgres:hunter2secret@127.0.0.1:1/x?sslmode=disable',
      'postgresql://postgres:hunter2secret@127.0.0.1:1/x?password=hunter2secret',
    ]) {
      const result = await run({ DATABASE_URL: url }, 'migrate');
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/^mieruka: cannot open the database at postgres(ql)?:\/\//);
      expect(result.err).not.toContain('hunter2secret');
      expect(result.err).toContain('***');
    }
  });
});

describe('mieruka backup', () => {
  it('into a missing folder: one line naming the path, exit 1, no ENOENT', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mieruka-cli-'));
    const target = join(dir, 'no-such-folder', 'backup.json');
    const result = await run({ DATABASE_URL: join(dir, 'mieruka.db') }, 'backup', target);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `mieruka: ${target}: cannot write there: no folder ${join(dir, 'no-such-folder')}`,
    );
  });
});
