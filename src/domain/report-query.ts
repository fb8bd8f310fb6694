import type { Language } from './language.ts';
import type { Plan } from './model.ts';
import type { ReportRow } from './plan-report.ts';

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

/** Whether the query keeps fewer rows than the report (a sort alone changes nothing printed). */
export function isFiltered(query: TableQuery): boolean {
  return (
    query.policy !== null ||
    query.department !== null ||
    query.tag !== null ||
    query.grade !== null ||
    query.text.trim() !== ''
  );
}

/** The words of a filter line, by language. */
const QUERY_WORDS = {
  ja: {
    policy: (number: string) => `基本方針${number}`,
    department: (name: string) => `担当課：${name}`,
    grade: (label: string) => `評価：${label}`,
    ungraded: 'なし',
    text: (text: string) => `検索：「${text}」`,
    separator: '・',
  },
  en: {
    policy: (number: string) => `basic policy ${number}`,
    department: (name: string) => `department: ${name}`,
    grade: (label: string) => `grade: ${label}`,
    ungraded: 'not graded',
    text: (text: string) => `search: “${text}”`,
    separator: ', ',
  },
} as const satisfies Record<Language, unknown>;

/**
 * The filters in words, for the line the table and a download print. The exports print it in
 * Japanese, as the city's report is; the web in the reader's language.
 * @example describeQuery(query, 'ja') // 基本方針1・担当課：企画課・★・評価：A・検索：「観光」
 * @example describeQuery(query, 'en') // basic policy 1, department: 企画課, ★, grade: A, search: “観光”
 */
export function describeQuery(query: TableQuery, language: Language): string {
  const words = QUERY_WORDS[language];
  const text = query.text.trim();
  return [
    query.policy === null ? null : words.policy(query.policy),
    query.department === null ? null : words.department(query.department),
    query.tag,
    query.grade === null
      ? null
      : words.grade(query.grade === 'none' ? words.ungraded : query.grade),
    text === '' ? null : words.text(text),
  ]
    .filter((part) => part !== null)
    .join(words.separator);
}

/** The filters as part of a file name: 方針1_企画課_★_A_観光. */
export function queryFileTag(query: TableQuery): string {
  const text = query.text.trim().replace(/\s+/g, '-');
  return [
    query.policy === null ? null : `方針${query.policy}`,
    query.department,
    query.tag,
    query.grade === null ? null : `評価${query.grade}`,
    text === '' ? null : text,
  ]
    .filter((part) => part !== null)
    .join('_');
}

/** The plan with only the KPIs named, and the themes and policies that still hold one. */
export function planWithKpis(plan: Plan, codes: ReadonlySet<string>): Plan {
  return {
    ...plan,
    policies: plan.policies
      .map((policy) => ({
        ...policy,
        themes: policy.themes
          .map((theme) => ({ ...theme, kpis: theme.kpis.filter((k) => codes.has(k.code)) }))
          .filter((theme) => theme.kpis.length > 0),
      }))
      .filter((policy) => policy.themes.length > 0),
  };
}
