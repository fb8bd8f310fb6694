import { describe, expect, it } from 'vitest';
import { ImportError } from './import-problem.ts';
import { readReportFile } from './read-report-file.ts';
import { readReportInWorker } from './read-report-in-worker.ts';
import { fixtureBytes } from './test-files.ts';

describe('readReportInWorker: the same reader, off the main thread, within limits', () => {
  it('returns the same report as readReportFile', async () => {
    const bytes = fixtureBytes('yuzawa');
    const inWorker = await readReportInWorker('yuzawa.tsv', bytes, { planName: '湯沢市' });
    const here = await readReportFile('yuzawa.tsv', bytes, { planName: '湯沢市' });
    expect(inWorker).toEqual(here);
    expect(inWorker.kpis).toHaveLength(20);
  });
  it("gives back the importer's own error, with its place", async () => {
    const bytes = new TextEncoder().encode('指標\t実績値\n①\ta\u0000b\n');
    const error = await readReportInWorker('nul.tsv', bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({
      message: 'nul.tsv, row 2, column 2: a NUL character (U+0000) is not allowed in a cell',
      file: 'nul.tsv',
      row: 2,
      column: 2,
    });
  });
  it('stops a read past its time limit and says so', async () => {
    // A worker of a heap size no other read uses starts cold (loading the sources takes about
    // a second), so the read cannot beat a 50 ms limit, however busy the machine.
    const error = await readReportInWorker(
      'slow.tsv',
      fixtureBytes('yuzawa'),
      {},
      { timeLimitMs: 50, memoryMb: 192 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/^slow\.tsv: took longer than .* s to read/);
  });
  it('stops a read past its memory limit and says so', async () => {
    const error = await readReportInWorker(
      'huge.tsv',
      fixtureBytes('yuzawa'),
      {},
      {
        memoryMb: 4,
      },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toBe(
      'huge.tsv: needs more than 4 MB of memory to read (limit 4 MB)',
    );
  });
});
