import { spawn } from 'node:child_process';
import { text } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import type { EditorsJob } from './round-editors-job.ts';
import type { EditorsResult } from './round-editors-result.ts';
import { editorsResult } from './round-editors-result.ts';

const RUNNER = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
const EDITORS = fileURLToPath(new URL('./round-editors.ts', import.meta.url));

/** Runs the editors' loops in a process of their own (round-editors.ts), apart from the server's. */
export async function runEditors(job: EditorsJob): Promise<EditorsResult> {
  const child = spawn(process.execPath, [RUNNER, EDITORS], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  child.stdin.end(JSON.stringify(job));
  const out = await text(child.stdout);
  const code = await exited;
  if (code !== 0) throw new Error(`the editors' process exited with ${code}`);
  return editorsResult.parse(JSON.parse(out));
}
