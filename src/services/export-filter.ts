import { z } from 'zod';
import type { TableQuery } from '../domain/report-query.ts';
import { ValidationError } from './service-errors.ts';

const filterText = (what: string) => z.string().trim().min(1).max(200).optional().describe(what);

/**
 * The progress table's filters a download takes, by the names the table's own address uses:
 * the HTTP query (`?policy=1&dept=企画課`) and `mieruka export --policy 1 --dept 企画課` check
 * them with these same rules.
 */
export const exportFilterFields = {
  policy: filterText('only the KPIs of this basic policy (its number)'),
  dept: filterText('only the KPIs this department is responsible for'),
  tag: filterText('only the KPIs with this tag (★)'),
  grade: filterText('only the KPIs of this grade, or "none" for those without a rate'),
  q: filterText('only the KPIs whose code, title, note or narratives hold every word'),
};

const exportFilterSchema = z.object(exportFilterFields);
export type ExportFilterFields = z.output<typeof exportFilterSchema>;

/** The table query the filter fields ask for, in the table's printed order. */
export function exportFilter(fields: ExportFilterFields): TableQuery {
  return {
    policy: fields.policy ?? null,
    department: fields.dept ?? null,
    tag: fields.tag ?? null,
    grade: fields.grade ?? null,
    text: fields.q ?? '',
    sort: 'table',
  };
}

/**
 * Checks filter fields given as plain text (the CLI's flags) by the rules the HTTP query
 * applies; a bad one is a ValidationError naming it as the caller spells it (`--dept`).
 * @example parseExportFilter({ dept: '企画課' }, (f) => `--${f}`).department // '企画課'
 */
export function parseExportFilter(
  input: Readonly<Partial<Record<keyof ExportFilterFields, string>>>,
  fieldName: (field: string) => string,
): TableQuery {
  const parsed = exportFilterSchema.safeParse(input);
  if (parsed.success) return exportFilter(parsed.data);
  const issue = parsed.error.issues[0];
  throw new ValidationError(fieldName(String(issue?.path[0] ?? 'filter')), issue?.message ?? '');
}
