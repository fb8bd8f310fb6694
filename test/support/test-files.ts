import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Real tables for the importer's tests: the bundled Yuzawa sample and other cities' rows. */
export function fixturePath(name: string): string {
  return name === 'yuzawa'
    ? fileURLToPath(new URL('../../sample/yuzawa-r5-kpi-report.tsv', import.meta.url))
    : fileURLToPath(new URL(`../../src/io/fixtures/${name}`, import.meta.url));
}

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(fixturePath(name));
}

/**
 * Files saved by a spreadsheet program, committed as their real bytes in test/fixtures/
 * (its README says how each was made): `savedFixtureBytes('yuzawa-r5-workbook.xlsx')`.
 */
export function savedFixtureBytes(name: string): Uint8Array {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)));
}
