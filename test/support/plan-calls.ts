import type { FastifyInstance } from 'fastify';
import type { SessionHeaders } from './sessions.ts';

/**
 * One request to a plan's API in-process (`app.inject`), as a signed-in member (cookie and
 * CSRF token) or a visitor, answered with its status and JSON body (undefined when empty).
 * @example const { status, body } = await planCall(app, planId, admin, 'GET', '/rounds/R6');
 */
export async function planCall<T = unknown>(
  app: FastifyInstance,
  planId: number,
  who: SessionHeaders | undefined,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  path: string,
  payload?: object,
): Promise<{ status: number; body: T | undefined }> {
  const response = await app.inject({
    method,
    url: `/api/plans/${planId}${path}`,
    headers: { ...who },
    ...(payload === undefined ? {} : { payload }),
  });
  return {
    status: response.statusCode,
    body: response.body === '' ? undefined : response.json<T>(),
  };
}

/**
 * Writes a KPI's self-evaluation (一次評価) of a year, which the entry of its own row needs
 * before it is submitted (issue 21), unless written already; fails the test when refused.
 * @example await writeSelfEvaluation(app, planId, kikaku, '⑦', 'R6');
 */
export async function writeSelfEvaluation(
  app: FastifyInstance,
  planId: number,
  who: SessionHeaders,
  code: string,
  fy: string,
  evaluation: { grade: string; text: string } = { grade: 'B', text: 'おおむね計画どおり進んだ' },
): Promise<void> {
  const path = `/kpis/${encodeURIComponent(code)}/evaluations/${fy}`;
  const answer = await planCall(app, planId, who, 'PUT', path, {
    level: 'self',
    ...evaluation,
    version: 0,
  });
  // 409: written already (a resubmission), which is all a submission needs.
  if (answer.status !== 200 && answer.status !== 409) {
    throw new Error(
      `self-evaluation of ${code} ${fy} refused: ${answer.status} ${JSON.stringify(answer.body)}`,
    );
  }
}
