import { InvalidArgumentError } from 'commander';
import type { ColumnRoleName, ColumnRoleOverride } from '../domain/column-role-name.ts';
import { COLUMN_ROLE_NAMES } from '../domain/column-role-name.ts';
import { columnLetter } from '../domain/column-letter.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { readReportInWorker } from '../io/read-report-in-worker.ts';
import type { ColumnReading } from '../io/report-table/table-reading.ts';
import { CliError } from './cli-error.ts';

/** One `--column` as given: the column by 1-based number or by its header text, and the role. */
export interface ColumnOption {
  readonly given: string;
  readonly column: number | string;
  readonly role: ColumnRoleName;
}

/** The help text of `--column`, the same on check and import. */
export const COLUMN_OPTION_HELP = `read a column as the role given, repeatable: the column by 1-based number or by its header text (--column 4=actual --column "R5 数値=actual"); roles: ${COLUMN_ROLE_NAMES.join(', ')}`;

const isRole = (name: string): name is ColumnRoleName =>
  COLUMN_ROLE_NAMES.some((role) => role === name);

/**
 * Parses one `--column N=ROLE` (or `--column HEADER=ROLE`) for commander, adding it to those
 * given before; a bad value is a usage error naming it.
 */
export function columnOption(value: string, given: readonly ColumnOption[] = []): ColumnOption[] {
  const at = value.lastIndexOf('=');
  const column = value.slice(0, at).trim();
  const role = value.slice(at + 1).trim();
  if (at < 0 || column === '')
    throw new InvalidArgumentError(`--column ${value}: expected COLUMN=ROLE, e.g. 4=actual`);
  if (!isRole(role))
    throw new InvalidArgumentError(
      `--column ${value}: "${role}" is not a role (one of ${COLUMN_ROLE_NAMES.join(', ')})`,
    );
  const number = /^\d+$/.test(column) ? Number(column) : null;
  if (number === 0) throw new InvalidArgumentError(`--column ${value}: columns count from 1`);
  return [...given, { given: value, column: number ?? column, role }];
}

const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** The column a header text names (spaces, width and case aside): the header equal to it, else the one containing it. */
function columnNamed(option: ColumnOption, text: string, columns: readonly ColumnReading[]) {
  const wanted = squeeze(text);
  const exact = columns.filter((c) => squeeze(c.label) === wanted);
  const found = exact.length > 0 ? exact : columns.filter((c) => squeeze(c.label).includes(wanted));
  if (found.length === 1 && found[0]) return found[0].column;
  const list = (of: readonly ColumnReading[]) =>
    of.map((c) => `${columnLetter(c.column)} "${c.label}"`).join(', ');
  throw new CliError(
    found.length === 0
      ? `--column ${option.given}: no column's header is "${text}" (the headers: ${list(columns)})`
      : `--column ${option.given}: "${text}" is in more than one header (${list(found)}); give the column's number`,
  );
}

/**
 * The roles given with `--column`, each by 1-based column, against the columns of the table as
 * read; refused naming the flag and the value for a column the table does not have, or one
 * given twice.
 */
export function resolveColumnOptions(
  file: string,
  options: readonly ColumnOption[],
  columns: readonly ColumnReading[],
): ColumnRoleOverride[] {
  const roles: ColumnRoleOverride[] = [];
  for (const option of options) {
    const column =
      typeof option.column === 'number'
        ? option.column
        : columnNamed(option, option.column, columns);
    if (column > columns.length)
      throw new CliError(
        `--column ${option.given}: ${file} has ${columns.length} columns under its header`,
      );
    if (roles.some((r) => r.column === column))
      throw new CliError(`--column ${option.given}: column ${column} is given twice`);
    roles.push({ column, role: option.role });
  }
  return roles;
}

/**
 * The `--column` roles of a file by 1-based column: the file is read once for its header
 * when any is given (a header text names its column, a number is checked against the width).
 */
/** What `--sheet` does, said alike by check and import. */
export const SHEET_OPTION_HELP =
  'of a workbook, the worksheet to read (default: the first with content; the others are named as not read)';

export async function columnRolesOf(
  file: string,
  bytes: Uint8Array,
  options: readonly ColumnOption[],
  fiscalYear: FiscalYear | undefined,
  sheet?: string,
): Promise<ColumnRoleOverride[]> {
  if (options.length === 0) return [];
  // A copy (a Buffer's slice() is a view): the worker takes the bytes it reads, and the
  // command reads the file again with the roles.
  const read = await readReportInWorker(file, new Uint8Array(bytes), {
    ...(fiscalYear ? { fiscalYear } : {}),
    ...(sheet === undefined ? {} : { sheet }),
  });
  return resolveColumnOptions(file, options, read.reading.columns);
}
