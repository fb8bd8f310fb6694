import { main } from '../../src/cli/main.ts';
import { recordingContext } from '../../src/cli/test-context.ts';
import type { DatabaseKind } from '../../src/db/database.ts';
import { createDatabaseUrl } from './databases.ts';

/** A fresh, empty database for the commands, as DATABASE_URL. */
export const databaseEnv = async (kind: DatabaseKind) => ({
  DATABASE_URL: (await createDatabaseUrl(kind)).url,
});

/** Runs `mieruka …` in-process with the environment given: its exit code and what it printed. */
export async function runCli(env: Record<string, string>, ...argv: string[]) {
  const context = { ...recordingContext(process.cwd()), env };
  const code = await main(argv, context);
  return { code, out: context.out.join('\n'), err: context.err.join('\n') };
}
