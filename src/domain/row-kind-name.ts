/** What a row of a progress table was taken as, by the importer (the import page lists them). */
export const ROW_KIND_NAMES = [
  'title',
  'header',
  'kpi',
  'wrapped',
  'subtotal',
  'grand-total',
  'cumulative',
  'total',
  'department',
  'heading',
  'duplicate',
  'note',
  'stray',
] as const;

export type RowKindName = (typeof ROW_KIND_NAMES)[number];

/** Where the report year came from: given, a header, a title line, or the year columns. */
export type FiscalYearSource = 'option' | 'header' | 'title' | 'inferred';
