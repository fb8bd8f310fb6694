import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from './import-problem.ts';
import { readTsv } from './read-delimited.ts';
import { readReportFile } from './read-report-file.ts';
import { fixtureBytes, savedFixtureBytes } from '../../test/support/test-files.ts';

/*
 * Random bytes and mutated real files (the Yuzawa TSV, a CSV and an XLSX made from it, the PDF
 * LibreOffice Calc prints of its workbook) through
 * the reader: it returns a report or throws its own ImportError, never anything else, and
 * every run ends. Fixed seed, bounded runs.
 */

const tsv = fixtureBytes('yuzawa');
const rows = readTsv('yuzawa.tsv', new TextDecoder().decode(tsv)).rows.map((r) => [...r.cells]);
const csv = new TextEncoder().encode(stringify(rows));
let xlsx: Uint8Array;

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('R5');
  rows.forEach((cells) => sheet.addRow(cells));
  sheet.mergeCells('H3:J3');
  xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
});

/** A file with a few bytes overwritten, a slice cut out or bytes inserted. */
const mutation = fc.record({
  at: fc.nat(),
  bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
  kind: fc.constantFrom('overwrite', 'cut', 'insert'),
});

function mutate(file: Uint8Array, m: { at: number; bytes: Uint8Array; kind: string }): Uint8Array {
  const at = m.at % file.length;
  const before = file.subarray(0, at);
  switch (m.kind) {
    case 'overwrite':
      return Uint8Array.from([...before, ...m.bytes, ...file.subarray(at + m.bytes.length)]);
    case 'cut':
      return Uint8Array.from([...before, ...file.subarray(at + m.bytes.length * 64)]);
    default:
      return Uint8Array.from([...before, ...m.bytes, ...file.subarray(at)]);
  }
}

async function onlyImportErrors(name: string, bytes: Uint8Array): Promise<void> {
  try {
    await readReportFile(name, bytes);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    expect(error.message.startsWith(name)).toBe(true);
  }
}

describe('fuzz: nothing but the importer’s own error', () => {
  it('random bytes, under every extension', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2048 }),
        fc.constantFrom('f.tsv', 'f.csv', 'f.xlsx', 'f.txt'),
        (bytes, name) => onlyImportErrors(name, bytes),
      ),
      { seed: 20240501, numRuns: 150 },
    );
  });
  it('mutated Yuzawa TSV, CSV and XLSX', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('yuzawa.tsv', 'yuzawa.csv', 'yuzawa.xlsx'),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        async (name, mutations) => {
          const original = name.endsWith('.tsv') ? tsv : name.endsWith('.csv') ? csv : xlsx;
          await onlyImportErrors(name, mutations.reduce(mutate, original));
        },
      ),
      { seed: 20240501, numRuns: 120 },
    );
  });
});

describe('fuzz: a PDF, nothing but the importer’s own error', () => {
  const pdf = savedFixtureBytes('yuzawa-r5-workbook.pdf');
  it('random bytes after %PDF', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), (bytes) =>
        onlyImportErrors(
          'f.pdf',
          Uint8Array.from([...new TextEncoder().encode('%PDF-1.7\n'), ...bytes]),
        ),
      ),
      { seed: 20241201, numRuns: 60 },
    );
  });
  it('the Yuzawa PDF mutated', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) =>
        onlyImportErrors('yuzawa.pdf', mutations.reduce(mutate, pdf)),
      ),
      { seed: 20241201, numRuns: 25 },
    );
  }, 180_000);
});
