import { parseDecimal } from '../domain/decimal.ts';
import { fiscalYear } from '../domain/fiscal-year.ts';
import { findForbiddenCharacter } from '../domain/forbidden-character.ts';
import { decodeExtras, decodeGradeScale, decodeList, decodeRatePrecision } from './columns.ts';
import { SnapshotError } from './errors.ts';
import { decodeEvaluationScheme } from './evaluation-repository.ts';
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

/** Text of a length from `min` to `max` characters (counted as code points, the lenient way). */
const length =
  (min: number, max: number): Check =>
  (value) => {
    if (typeof value !== 'string') return undefined;
    if (value.length < min) return min === 1 ? 'empty' : `shorter than ${min} characters`;
    const characters = value.length > max ? [...value].length : value.length;
    return characters > max
      ? `longer than ${max} characters (${characters}), more than any way in stores`
      : undefined;
  };

const PASSWORD_HASH = /^scrypt\$\d{1,7}\$\d{1,3}\$\d{1,3}\$[\w-]{16,64}\$[\w-]{16,128}$/;

const isPasswordHash: Check = (value) =>
  typeof value !== 'string' || PASSWORD_HASH.test(value)
    ? undefined
    : 'not a password hash as stored (scrypt$N$r$p$salt$hash)';

/** A moment as the services store it: the clock's `Date` as `toISOString()` gives it. */
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

const isMoment: Check = (value) =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && ISO_MOMENT.test(value) && !Number.isNaN(Date.parse(value)))
    ? undefined
    : `not a moment as stored (2025-04-01T09:00:00.000Z): ${JSON.stringify(String(value).slice(0, 40))}`;

const isDay: Check = (value) =>
  typeof value !== 'string' ||
  (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)))
    ? undefined
    : `not a day (2025-05-31): ${JSON.stringify(value.slice(0, 40))}`;

/** Columns holding a moment, in every table. */
const MOMENT_COLUMNS = new Set([
  'at',
  'updated_at',
  'created_at',
  'published_at',
  'opened_at',
  'closed_at',
  'saved_at',
  'send_after',
  'claimed_until',
  'sent_at',
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
  evaluation_schemes: { scheme: decodes(decodeEvaluationScheme, 'an evaluation scheme') },
};

/**
 * The longest text any way in stores: an imported cell (io/read-limits.ts), a narrative through
 * the API. Shorter API limits are not applied: an import or the command line may store longer
 * names, and a backup of them must restore.
 */
const LONGEST_TEXT = 4000;

/** Limits a value is held to, so a restore cannot store what no way in could. */
const LIMITED: Readonly<Record<string, Readonly<Record<string, Check>>>> = {
  municipalities: { name: length(1, LONGEST_TEXT) },
  departments: { name: length(1, LONGEST_TEXT) },
  plans: { name: length(1, LONGEST_TEXT) },
  basic_policies: { number: length(1, LONGEST_TEXT), name: length(0, LONGEST_TEXT) },
  theme_programs: { number: length(1, LONGEST_TEXT), name: length(0, LONGEST_TEXT) },
  kpis: {
    code: length(1, LONGEST_TEXT),
    title: length(0, LONGEST_TEXT),
    note: length(0, LONGEST_TEXT),
    unit: length(0, LONGEST_TEXT),
  },
  narratives: { text: length(1, LONGEST_TEXT), approved_text: length(0, LONGEST_TEXT) },
  accounts: {
    email: length(3, 254),
    display_name: length(1, LONGEST_TEXT),
    password_hash: isPasswordHash,
  },
  account_departments: { department: length(1, LONGEST_TEXT) },
  rounds: { due_date: isDay },
  entry_comments: { text: length(1, LONGEST_TEXT) },
  evaluations: { grade: length(1, LONGEST_TEXT), text: length(1, LONGEST_TEXT) },
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
  if (MOMENT_COLUMNS.has(column)) {
    const moment = isMoment(value);
    if (moment) return moment;
  }
  if (column === 'version' && !(typeof value === 'number' && value >= 1)) {
    return `not a version (a whole number from 1): ${String(value)}`;
  }
  return LIMITED[table]?.[column]?.(value) ?? PARSED[table]?.[column]?.(value);
}

/**
 * Refuses a snapshot (parsed JSON, before its format check) with a table or column this
 * version does not know, or any value the domain's parsers or the API refuse (a fiscal year, a
 * figure, a JSON column, a NUL or lone surrogate in any text, a text past the API's length, an
 * empty KPI code, a malformed password hash, a version below 1, a moment that is not one),
 * naming table, row and column.
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
