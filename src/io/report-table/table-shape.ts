import { createHash } from 'node:crypto';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { headerYear, withoutYears } from './column-role.ts';
import type { TableReading } from './table-reading.ts';

/**
 * The signature of a table's layout: its header labels, normalized and with their years
 * written out ("R5実績" and next year's "R6実績" are the same column), joined and hashed with
 * sha256. A mapping confirmed on the import page is saved under it and applied again to a
 * file of the same shape.
 */
export function tableShape(reading: TableReading): string {
  const labels = reading.columns.map((c) => withoutYears(c.label));
  return createHash('sha256').update(labels.join('\t')).digest('hex');
}

/** The latest year any header names: what a saved report-year offset is counted from. */
export function latestHeaderYear(reading: TableReading): FiscalYear | null {
  return reading.columns.reduce<FiscalYear | null>((latest, c) => {
    const year = c.fiscalYear ?? headerYear(c.label);
    return year !== null && (latest === null || year > latest) ? year : latest;
  }, null);
}
