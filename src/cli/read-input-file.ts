import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from './cli-error.ts';
import type { CliContext } from './io-context.ts';

/** Reads an input file named on the command line; a missing one is refused naming it as given. */
export async function readInputFile(context: CliContext, file: string): Promise<Uint8Array> {
  try {
    return await readFile(resolve(context.cwd, file));
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : null;
    if (code === 'ENOENT') throw new CliError(`${file}: no such file`);
    if (code === 'EISDIR') throw new CliError(`${file}: is a directory, not a file`);
    if (code === 'EACCES') throw new CliError(`${file}: permission denied`);
    throw error;
  }
}
