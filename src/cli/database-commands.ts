import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { exportSnapshot, importSnapshot } from '../db/snapshot.ts';
import { CliError } from './cli-error.ts';
import type { CliContext } from './io-context.ts';
import { readInputFile } from './read-input-file.ts';

/** Opens the configured database for one command and closes it afterwards. */
export async function withDatabase<T>(
  context: CliContext,
  run: (handle: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const handle = await openDatabase(loadConfig(context.env).database);
  try {
    return await run(handle);
  } finally {
    await handle.destroy();
  }
}

export function migrateCommand(context: CliContext): Command {
  return new Command('migrate')
    .description(
      'Bring the database (DATABASE_URL, default ./data/mieruka.db) to the latest schema',
    )
    .action(async () => {
      const applied = await withDatabase(context, (handle) => migrateToLatest(handle));
      context.stdout(
        applied.length === 0 ? 'The database is up to date.' : `Applied: ${applied.join(', ')}`,
      );
    });
}

/** Writes a file (a snapshot, an export); a path it cannot write is one line naming it, not a stack trace. */
export async function writeOutputFile(
  file: string,
  path: string,
  content: string | Uint8Array,
): Promise<void> {
  try {
    await writeFile(path, content);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : null;
    if (code === 'ENOENT')
      throw new CliError(`${file}: cannot write there: no folder ${dirname(file)}`);
    if (code === 'EISDIR') throw new CliError(`${file}: is a directory, not a file`);
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`${file}: permission denied`);
    if (code === 'ENOTDIR') throw new CliError(`${file}: a part of the path is not a folder`);
    throw error;
  }
}

export function backupCommand(context: CliContext): Command {
  return new Command('backup')
    .description(
      'Write a complete, portable snapshot of the database (JSON; SQLite and PostgreSQL alike)',
    )
    .argument('<file>', 'where to write the snapshot')
    .action(async (file: string) => {
      const snapshot = await withDatabase(context, async (handle) => {
        await migrateToLatest(handle);
        return exportSnapshot(handle.db);
      });
      await writeOutputFile(file, resolve(context.cwd, file), `${JSON.stringify(snapshot)}\n`);
      const rows = Object.values(snapshot.tables).reduce((n, t) => n + t.length, 0);
      context.stdout(
        `Wrote ${file}: ${rows} rows in ${Object.keys(snapshot.tables).length} tables.`,
      );
    });
}

export function restoreCommand(context: CliContext): Command {
  return new Command('restore')
    .description('Restore a snapshot written by `mieruka backup` into an empty database')
    .argument('<file>', 'the snapshot')
    .action(async (file: string) => {
      const bytes = await readInputFile(context, file);
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        throw new CliError(`${file}: not a snapshot (not JSON)`);
      }
      await withDatabase(context, async (handle) => {
        await migrateToLatest(handle);
        await importSnapshot(handle, json);
      });
      context.stdout(`Restored ${file}.`);
    });
}
