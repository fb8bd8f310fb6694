import type { ReportRow } from '../../../domain/plan-report.ts';

export type TableSort = 'table' | 'rate-desc' | 'rate-asc' | 'department';

export const TABLE_SORTS: readonly TableSort[] = ['table', 'rate-desc', 'rate-asc', 'department'];

/** What the progress table shows, as kept in the URL: ?policy=1&dept=企画課&tag=★&grade=A&q=…&sort=rate-desc */
export interface TableQuery {
  readonly policy: string | null;
  readonly department: string | null;
  readonly tag: string | null;
  /** A grade label, or "none" for KPIs without a rate. */
  readonly grade: string | null;
  readonly text: string;
  readonly sort: TableSort;
}

function isSort(text: string | null): text is TableSort {
  return TABLE_SORTS.some((s) => s === text);
}

export function parseTableQuery(search: URLSearchParams): TableQuery {
  const sort = search.get('sort');
  return {
    policy: search.get('policy'),
    department: search.get('dept'),
    tag: search.get('tag'),
    grade: search.get('grade'),
    text: search.get('q') ?? '',
    sort: isSort(sort) ? sort : 'table',
  };
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

function matchesText(row: ReportRow, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = fold(
    [row.code, row.title, row.note ?? '', ...row.narratives.map((n) => n.text)].join('\n'),
  );
  return words.every((word) => haystack.includes(word));
}

/** The rows a query keeps, in the order it asks for. Rates are compared on the API's ratio. */
export function queryRows(rows: readonly ReportRow[], query: TableQuery): ReportRow[] {
  const words = fold(query.text)
    .split(/\s+/)
    .filter((w) => w !== '');
  const kept = rows.filter(
    (row) =>
      (query.policy === null || row.policy.number === query.policy) &&
      (query.department === null ||
        row.departments.includes(query.department) ||
        row.departmentRows.some((d) => d.department === query.department)) &&
      (query.tag === null || row.tags.includes(query.tag)) &&
      (query.grade === null || (row.grade ?? 'none') === query.grade) &&
      matchesText(row, words),
  );
  return sortRows(kept, query.sort);
}

function sortRows(rows: ReportRow[], sort: TableSort): ReportRow[] {
  const byRate = (direction: 1 | -1) => (a: ReportRow, b: ReportRow) => {
    // KPIs without a rate go last either way.
    if (a.ratio === null || b.ratio === null)
      return (a.ratio === null ? 1 : 0) - (b.ratio === null ? 1 : 0);
    return (a.ratio - b.ratio) * direction;
  };
  switch (sort) {
    case 'table':
      return rows;
    case 'rate-desc':
      return [...rows].sort(byRate(-1));
    case 'rate-asc':
      return [...rows].sort(byRate(1));
    case 'department':
      return [...rows].sort((a, b) =>
        (a.departments[0] ?? '').localeCompare(b.departments[0] ?? '', 'ja'),
      );
  }
}

/** Every department named in the report, in first-seen order. */
export function reportDepartments(rows: readonly ReportRow[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    for (const d of row.departments) seen.add(d);
    for (const d of row.departmentRows) seen.add(d.department);
  }
  return [...seen];
}

/** Every tag used in the report (★ in the seed). */
export function reportTags(rows: readonly ReportRow[]): string[] {
  return [...new Set(rows.flatMap((row) => row.tags))];
}
