import { parseDecimal } from '../domain/decimal.ts';
import { fiscalYear } from '../domain/fiscal-year.ts';
import { findForbiddenCharacter } from '../domain/forbidden-character.ts';
import { decodeExtras, decodeGradeScale, decodeList, decodeRatePrecision } from './columns.ts';
import { SnapshotError } from './errors.ts';
import { snapshotSchema } from './snapshot-schema.ts';

/*
 * A snapshot is checked value by value with the parsers the importer and the repositories use,
 * before anything is written: a file that passes the format check but holds a fiscal year
 * 99999, a rate precision "garbage", a figure "abc" or broken JSON would otherwise restore,
 * and then every view of the plan would fail.
 */

type Check = (value: unknown) => string | undefined;

const decodes =
  (decode: (text: string) => unknown, what: string): Check =>
  (value) => {
    if (typeof value !== 'string') return undefined;
    try {
      decode(value);
      return undefined;
    } catch {
      return `not ${what}: ${JSON.stringify(value.slice(0, 40))}`;
    }
  };

const isDecimal: Check = (value) =>
  typeof value !== 'string' || parseDecimal(value) === value
    ? undefined
    : `not a figure as stored (a decimal of at most 20 digits before the point and 10 after): ${JSON.stringify(value.slice(0, 40))}`;

const isFiscalYear: Check = (value) => {
  if (value === null || value === undefined) return undefined;
  try {
    fiscalYear(Number(value));
    return undefined;
  } catch {
    return `not a fiscal year (1989–2200): ${String(value)}`;
  }
};

const YEAR_COLUMNS = new Set([
  'fiscal_year',
  'start_year',
  'end_year',
  'baseline_year',
  'target_year',
]);

/** Columns whose text must parse, by table. */
const PARSED: Readonly<Record<string, Readonly<Record<string, Check>>>> = {
  plans: {
    rate_precision: decodes(decodeRatePrecision, 'a rate precision'),
    grade_scale: decodes(decodeGradeScale, 'a grading scale'),
  },
  theme_programs: { action_items: decodes(decodeList, 'a JSON list of action items') },
  kpis: {
    tags: decodes(decodeList, 'a JSON list of tags'),
    extras: decodes(decodeExtras, 'a JSON list of kept columns'),
    baseline_value: isDecimal,
    target_value: isDecimal,
  },
  year_figures: { value: isDecimal, secondary: isDecimal },
};

function columnsOf(table: string): ReadonlySet<string> | undefined {
  const tables: Record<string, { element: { shape: object } }> = snapshotSchema.shape.tables.shape;
  const schema = tables[table];
  return schema ? new Set(Object.keys(schema.element.shape)) : undefined;
}

function problem(table: string, index: number, column: string, message: string): SnapshotError {
  return new SnapshotError(
    `not a Mieruka snapshot: table ${table}, row ${index + 1}, column ${column}: ${message}`,
  );
}

function checkValue(table: string, column: string, value: unknown): string | undefined {
  if (typeof value === 'string') {
    const forbidden = findForbiddenCharacter(value);
    if (forbidden) return `${forbidden.description} is not allowed`;
  }
  if (YEAR_COLUMNS.has(column)) {
    const year = isFiscalYear(value);
    if (year) return year;
  }
  return PARSED[table]?.[column]?.(value);
}

/**
 * Refuses a snapshot (parsed JSON, before its format check) with a table or column this
 * version does not know, or any value the domain's parsers refuse (a fiscal year, a figure, a
 * JSON column, a NUL or lone surrogate in any text), naming table, row and column.
 */
export function checkSnapshotValues(input: unknown): void {
  if (typeof input !== 'object' || input === null || !('tables' in input)) return;
  const { tables } = input;
  if (typeof tables !== 'object' || tables === null) return;
  for (const [table, rows] of Object.entries(tables)) {
    const columns = columnsOf(table);
    if (!columns) throw new SnapshotError(`not a Mieruka snapshot: unknown table ${table}`);
    if (!Array.isArray(rows)) continue;
    rows.forEach((row: unknown, index) => {
      if (typeof row !== 'object' || row === null) return;
      for (const [column, value] of Object.entries(row)) {
        if (!columns.has(column)) throw problem(table, index, column, 'unknown column');
        const message = checkValue(table, column, value);
        if (message) throw problem(table, index, column, message);
      }
    });
  }
}
