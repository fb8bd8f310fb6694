import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ImportError } from './import-problem.ts';
import { readReportFile } from './read-report-file.ts';
import { readMappedReportInWorker, readReportInWorker } from './read-report-in-worker.ts';
import { tableShape } from './report-table/table-shape.ts';
import { fixtureBytes, savedFixtureBytes } from '../../test/support/test-files.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('readReportInWorker: the same reader, off the main thread, within limits', () => {
  it('returns the same report as readReportFile', async () => {
    const bytes = fixtureBytes('yuzawa');
    const here = await readReportFile('yuzawa.tsv', bytes, { planName: '湯沢市' });
    const inWorker = await readReportInWorker('yuzawa.tsv', bytes, { planName: '湯沢市' });
    expect(inWorker).toEqual(here);
    expect(inWorker.kpis).toHaveLength(20);
  });
  it('takes the bytes: a file read whole is detached here once the worker has it', async () => {
    const bytes = fixtureBytes('yuzawa');
    expect(bytes.byteLength).toBe(bytes.buffer.byteLength);
    const report = await readReportInWorker('yuzawa.tsv', bytes);
    expect(report.kpis).toHaveLength(20);
    expect(bytes.byteLength).toBe(0);
    expect(bytes.buffer.byteLength).toBe(0);
  });
  it('takes an upload’s growable buffer as it is', async () => {
    const file = fixtureBytes('yuzawa');
    const buffer = new ArrayBuffer(0, { maxByteLength: 10 * 1024 * 1024 });
    buffer.resize(file.byteLength);
    new Uint8Array(buffer).set(file);
    const report = await readReportInWorker('yuzawa.tsv', new Uint8Array(buffer));
    expect(report.kpis).toHaveLength(20);
    expect(buffer.byteLength).toBe(0);
  });
  it('copies a view into a larger buffer, leaving that buffer whole (a small Buffer is one, into a shared pool)', async () => {
    const file = fixtureBytes('yuzawa');
    const larger = new Uint8Array(file.byteLength + 16);
    larger.set(file, 16);
    const view = larger.subarray(16);
    const report = await readReportInWorker('yuzawa.tsv', view);
    expect(report.kpis).toHaveLength(20);
    expect(larger.byteLength).toBe(file.byteLength + 16);
    expect(view).toEqual(new Uint8Array(file));
  });
  it('reads again with the mapping saved for the file’s shape, and answers the bytes’ sha256', async () => {
    const file = 'made-up/unknown-year-column-no-rate-r5.tsv';
    const bytes = fixtureBytes(file);
    const expected = sha256(bytes);
    const plain = await readReportFile('kpi.tsv', bytes);
    const mapping = { columnRoles: [{ column: 5, role: 'actual' }], fiscalYearOffset: 0 } as const;
    const read = await readMappedReportInWorker(
      'kpi.tsv',
      bytes,
      {},
      new Map([[tableShape(plain.reading), mapping]]),
    );
    expect(read).toMatchObject({
      shape: tableShape(plain.reading),
      mapped: true,
      sha256: expected,
    });
    expect(read.report.reading.columns[4]).toMatchObject({ column: 5, role: 'actual' });
    const other = await readMappedReportInWorker('kpi.tsv', fixtureBytes(file), {}, new Map());
    expect(other).toMatchObject({ mapped: false, sha256: expected });
    expect(other.report).toEqual(plain);
  });
  it('answers the sha256 of the bytes as uploaded, a workbook and a PDF read too', async () => {
    for (const name of ['yuzawa-r5-workbook.xlsx', 'yuzawa-r5-workbook.pdf']) {
      const bytes = savedFixtureBytes(name);
      const expected = sha256(bytes);
      const read = await readMappedReportInWorker(name, bytes, {}, new Map());
      expect(read.report.kpis.length, name).toBeGreaterThan(0);
      expect(read.sha256, name).toBe(expected);
    }
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
