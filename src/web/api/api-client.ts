import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { ApiError, isApiErrorBody } from './api-error.ts';

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A fetch of the API whose failure (network or an error status) becomes an ApiError. */
async function call(path: string, init: RequestInit, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, signal: signal ?? null });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  const text = await response.text();
  if (!response.ok) {
    const body = parse(text);
    if (isApiErrorBody(body)) {
      throw new ApiError(response.status, body.error.code, body.error.message, body.error.details);
    }
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new ApiError(
      response.status,
      response.status === 429 ? 'rate_limited' : 'internal',
      `HTTP ${response.status}`,
      retryAfter > 0 ? { retryAfterSeconds: retryAfter } : undefined,
    );
  }
  return text;
}

/**
 * GETs a JSON document of the API; a failure becomes an ApiError with the server's message.
 * The body is trusted to have the contract's shape (api-contract.ts): the server builds it from
 * the same types and validates what it sends.
 */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const text = await call(path, { headers: { accept: 'application/json' } }, signal);
  const data: T = JSON.parse(text);
  return data;
}

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Sends a change to the API with the session's CSRF token (every write but sign-in needs it;
 * the session cookie goes along, same origin): a JSON body, or a FormData one (an upload, sent
 * as multipart). Resolves to the JSON answer, or null for 204.
 * @example await sendJson('PUT', apiPaths.narrative(1, '⑦', 2023), { text, department: null, version }, { csrfToken })
 */
export async function sendJson<T>(
  method: WriteMethod,
  path: string,
  body: unknown,
  options: { csrfToken: string | null },
): Promise<T | null> {
  const form = body instanceof FormData;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined && !form) headers['content-type'] = 'application/json';
  if (options.csrfToken !== null) headers['x-csrf-token'] = options.csrfToken;
  const text = await call(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { body: form ? body : JSON.stringify(body) }),
  });
  if (text === '') return null;
  const data: T = JSON.parse(text);
  return data;
}

const yearQuery = (fy: FiscalYear | null, drafts = false) => {
  const params = new URLSearchParams();
  if (fy !== null) params.set('fy', String(fy));
  if (drafts) params.set('drafts', '1');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
};

/** The filters of the audit log (GET /api/audit), each left out when not given. */
export interface AuditQuery {
  readonly kpi?: string | undefined;
  readonly since?: string | undefined;
  readonly before?: number | undefined;
  readonly limit?: number | undefined;
}

function auditSearch(query: AuditQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

const kpiPath = (planId: number, code: string) =>
  `/api/plans/${planId}/kpis/${encodeURIComponent(code)}`;

/** The API's paths. */
export const apiPaths = {
  plans: () => '/api/plans',
  report: (planId: number, fy: FiscalYear | null, drafts = false) =>
    `/api/plans/${planId}/report${yearQuery(fy, drafts)}`,
  /** A download of the report (GET …/exports/report): `format=xlsx`, `format=csv&shape=tidy` … */
  reportExport: (planId: number, fy: FiscalYear, query: string) =>
    `/api/plans/${planId}/exports/report?fy=${fy}&${query}`,
  exportSchema: () => '/api/schemas/plan-export.json',
  feed: (planId: number) => `/api/plans/${planId}/feed.atom`,
  notices: (planId: number) => `/api/plans/${planId}/notices`,
  kpi: (planId: number, code: string, fy: FiscalYear | null, drafts = false) =>
    `${kpiPath(planId, code)}${yearQuery(fy, drafts)}`,
  plan: (planId: number) => `/api/plans/${planId}`,
  successor: (planId: number) => `/api/plans/${planId}/successor`,
  tree: (planId: number) => `/api/plans/${planId}/tree`,
  policies: (planId: number) => `/api/plans/${planId}/policies`,
  policy: (planId: number, policy: string) =>
    `/api/plans/${planId}/policies/${encodeURIComponent(policy)}`,
  themes: (planId: number, policy: string) =>
    `/api/plans/${planId}/policies/${encodeURIComponent(policy)}/themes`,
  theme: (planId: number, policy: string, theme: string) =>
    `/api/plans/${planId}/policies/${encodeURIComponent(policy)}/themes/${encodeURIComponent(theme)}`,
  kpis: (planId: number) => `/api/plans/${planId}/kpis`,
  kpiRevisions: (planId: number, code: string) => `${kpiPath(planId, code)}/revisions`,
  kpiRecord: (planId: number, code: string) => kpiPath(planId, code),
  departmentMerge: (id: number) => `/api/departments/${id}/merge`,
  milestone: (planId: number, code: string, fy: FiscalYear) =>
    `${kpiPath(planId, code)}/milestones/${fy}`,
  kpiRetirement: (planId: number, code: string) => `${kpiPath(planId, code)}/retirement`,
  kpiMove: (planId: number, code: string) => `${kpiPath(planId, code)}/move`,
  kpiDepartments: (planId: number, code: string) => `${kpiPath(planId, code)}/departments`,
  policyMove: (planId: number, policy: string) =>
    `/api/plans/${planId}/policies/${encodeURIComponent(policy)}/move`,
  themeMove: (planId: number, policy: string, theme: string) =>
    `/api/plans/${planId}/policies/${encodeURIComponent(policy)}/themes/${encodeURIComponent(theme)}/move`,
  narrative: (planId: number, code: string, fy: FiscalYear) =>
    `${kpiPath(planId, code)}/narratives/${fy}`,
  figure: (planId: number, code: string, fy: FiscalYear) =>
    `${kpiPath(planId, code)}/figures/${fy}`,
  evaluationScheme: (planId: number) => `/api/plans/${planId}/evaluation-scheme`,
  evaluation: (planId: number, code: string, fy: FiscalYear) =>
    `${kpiPath(planId, code)}/evaluations/${fy}`,
  publications: (planId: number) => `/api/plans/${planId}/publications`,
  publication: (planId: number, fy: FiscalYear) => `/api/plans/${planId}/publications/${fy}`,
  session: () => '/api/session',
  password: () => '/api/session/password',
  profile: () => '/api/session/profile',
  accounts: () => '/api/accounts',
  departments: () => '/api/departments',
  departmentRenames: (id: number) => `/api/departments/${id}/renames`,
  account: (id: number) => `/api/accounts/${id}`,
  accountPassword: (id: number) => `/api/accounts/${id}/password`,
  audit: (query: AuditQuery) => `/api/audit${auditSearch(query)}`,
  rounds: (planId: number) => `/api/plans/${planId}/rounds`,
  round: (planId: number, fy: FiscalYear) => `/api/plans/${planId}/rounds/${fy}`,
  closeRound: (planId: number, fy: FiscalYear) => `/api/plans/${planId}/rounds/${fy}/close`,
  approvals: (planId: number, fy: FiscalYear) => `/api/plans/${planId}/rounds/${fy}/approvals`,
  entryForm: (planId: number, fy: FiscalYear, code: string, department: string) =>
    `/api/plans/${planId}/rounds/${fy}/entries/${encodeURIComponent(code)}?department=${encodeURIComponent(department)}`,
  entryMove: (
    planId: number,
    fy: FiscalYear,
    code: string,
    move: 'submit' | 'return' | 'approve' | 'reopen',
  ) => `/api/plans/${planId}/rounds/${fy}/entries/${encodeURIComponent(code)}/${move}`,
  outbox: (pending: boolean) => `/api/outbox${pending ? '?pending=1' : ''}`,
  importPreview: () => '/api/imports/preview',
  imports: (acceptProblems: boolean) =>
    `/api/imports${acceptProblems ? '?acceptProblems=true' : ''}`,
};
