import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { ApiError, isApiErrorBody } from './api-error.ts';

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * GETs a JSON document of the API; a failure becomes an ApiError with the server's message.
 * The body is trusted to have the contract's shape (api-contract.ts): the server builds it from
 * the same types and validates what it sends.
 */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      signal: signal ?? null,
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  const text = await response.text();
  if (!response.ok) {
    const body = parse(text);
    if (isApiErrorBody(body))
      throw new ApiError(response.status, body.error.code, body.error.message);
    throw new ApiError(response.status, 'internal', `HTTP ${response.status}`);
  }
  const data: T = JSON.parse(text);
  return data;
}

const yearQuery = (fy: FiscalYear | null) => (fy === null ? '' : `?fy=${fy}`);

/** The API's paths. */
export const apiPaths = {
  plans: () => '/api/plans',
  report: (planId: number, fy: FiscalYear | null) => `/api/plans/${planId}/report${yearQuery(fy)}`,
  kpi: (planId: number, code: string, fy: FiscalYear | null) =>
    `/api/plans/${planId}/kpis/${encodeURIComponent(code)}${yearQuery(fy)}`,
};
