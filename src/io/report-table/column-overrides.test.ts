import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { checkReport } from '../report-check.ts';
import { readTsv } from '../read-delimited.ts';
import { fixtureBytes } from '../../../test/support/test-files.ts';
import type { ImportOptions } from './import-report-table.ts';
import { importReportTable } from './import-report-table.ts';
import { latestHeaderYear, tableShape } from './table-shape.ts';

/** "R5 数値" names no role the importer knows: its figures are kept as extras, not actuals. */
const table = new TextDecoder().decode(fixtureBytes('made-up/unknown-year-column-r5.tsv'));

const read = (options: ImportOptions = {}) =>
  importReportTable(readTsv('mapping.tsv', table), options);

describe('roles set by hand', () => {
  it('leaves an unknown header as other when no printed rate says more: the rates come from R4', () => {
    const noRate = table.replace(/\t[^\t\n]*(?=\n|$)/g, '');
    const report = importReportTable(readTsv('mapping.tsv', noRate));
    expect(report.reading.columns[4]).toMatchObject({ role: 'other', because: 'no known word' });
    expect(report.fiscalYear).toBe(2022);
    expect(checkReport(report).kpis.map((k) => k.computed)).toEqual(['60%', '55%']);
  });

  it('reads an unknown header as the actuals its printed rates need: R5 数値 gives 75% and 60%, R5 the report year', () => {
    const report = read();
    expect(report.reading.columns[4]).toMatchObject({ role: 'actual', fiscalYear: 2023 });
    expect(report.fiscalYear).toBe(2023);
    expect(checkReport(report).kpis.map((k) => [k.computed, k.match])).toEqual([
      ['75%', true],
      ['60%', true],
    ]);
  });

  it('reads the column as the role given, with its header year, and says it was set by hand', () => {
    const report = read({ columnRoles: [{ column: 5, role: 'actual' }] });
    expect(report.reading.columns[4]).toMatchObject({
      role: 'actual',
      fiscalYear: 2023,
      because: 'set by hand',
    });
    expect(report.fiscalYear).toBe(2023);
    const check = checkReport(report);
    expect(check.kpis.map((k) => [k.code, k.computed, k.match])).toEqual([
      ['①', '75%', true],
      ['②', '60%', true],
    ]);
    expect(report.unplaced).toEqual([]);
  });

  it('lists the cells of an ignored column unplaced, with the reason', () => {
    const report = read({ columnRoles: [{ column: 2, role: 'ignore' }] });
    expect(report.reading.columns[1]).toMatchObject({ role: 'ignore', because: 'set by hand' });
    expect(report.unplaced.map((u) => [u.row, u.column, u.text, u.reason])).toEqual([
      [2, 2, '人', "ignored by the importer's mapping"],
      [3, 2, '件', "ignored by the importer's mapping"],
    ]);
  });

  it('takes the report year given over the one read', () => {
    const report = read({ fiscalYear: fiscalYear(2024) });
    expect(report.reading.fiscalYear).toMatchObject({ year: 2024, source: 'option' });
  });
});

describe('the shape of a table', () => {
  it('is the same for next year’s file, whose headers name the next years', () => {
    const nextYear = new TextDecoder().decode(fixtureBytes('made-up/unknown-year-column-r6.tsv'));
    const next = importReportTable(readTsv('mapping.tsv', nextYear));
    expect(tableShape(next.reading)).toBe(tableShape(read().reading));
    expect(latestHeaderYear(next.reading)).toBe(2024);
  });
  it('differs when a column is added', () => {
    const wider = table.replace('達成率', '達成率\t備考');
    expect(tableShape(importReportTable(readTsv('w.tsv', wider)).reading)).not.toBe(
      tableShape(read().reading),
    );
  });
});
