import { readReportFile } from '../../src/io/read-report-file.ts';
import type { ImportedReport } from '../../src/io/imported-report.ts';
import { fixtureBytes } from './test-files.ts';

/** A table of the development set (src/io/fixtures/other-cities/, its README), as printed. */
export const otherCityBytes = (file: string): Uint8Array => fixtureBytes(`other-cities/${file}`);

export const otherCityText = (file: string): string =>
  new TextDecoder().decode(otherCityBytes(file));

/** Reads a development-set table, or a variant of its text under its name. */
export const readOtherCity = (file: string, text?: string): Promise<ImportedReport> =>
  readReportFile(file, text === undefined ? otherCityBytes(file) : new TextEncoder().encode(text));
