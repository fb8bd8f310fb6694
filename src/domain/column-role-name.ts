/**
 * The roles a column of a progress table can be given, by the importer or by a person
 * correcting it on the import page: 'ignore' leaves the column's cells unplaced, listed.
 */
export const COLUMN_ROLE_NAMES = [
  'policy',
  'theme',
  'kpi',
  'department',
  'unit',
  'counting',
  'baseline',
  'actual',
  'cumulative',
  'target',
  'rate',
  'difference',
  'grade',
  'narrative',
  'other',
  'ignore',
] as const;

export type ColumnRoleName = (typeof COLUMN_ROLE_NAMES)[number];

/** A role set by hand for one column, 1-based as in the file (A = 1). */
export interface ColumnRoleOverride {
  readonly column: number;
  readonly role: ColumnRoleName;
}
