import { useCallback, useState } from 'react';
import type { Outcome } from '../components/form-status.tsx';
import { apiErrorMessage } from '../i18n/api-error-message.ts';
import { useSession } from '../session/session-context.tsx';
import { useView } from '../view-context.tsx';
import type { WriteMethod } from './api-client.ts';
import type { ApiError } from './api-error.ts';
import { asApiError } from './api-error.ts';

/** What a refused change says, and the field it is about where the server named one. */
export interface Refusal {
  readonly field: string | null;
  readonly text: string;
}

/** The field a refusal names (details.field), if any. */
export function fieldOf(error: ApiError): string | null {
  const details = error.details;
  return typeof details === 'object' && details !== null && 'field' in details
    ? String(details.field)
    : null;
}

/** How a mutation ended: its value, or refused (the refusal is in `outcome` and `refusal`). */
export type Performed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

/**
 * One change at a time from a form or a page: busy while it runs, then its outcome (done, or
 * the refusal in the reader's words with the field it names), so a form shows the error beside
 * its field. `run` sends one request; `perform` runs any task (several requests, an upload)
 * and says what it did from its value (null: nothing to say).
 * @example const { run, busy, outcome } = useMutation(); await run('POST', path, body, t('added'))
 */
export function useMutation(explain?: (error: ApiError, field: string | null) => string | null) {
  const { send } = useSession();
  const { t } = useView();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const perform = useCallback(
    async <T>(task: () => Promise<T>, done: (value: T) => string | null): Promise<Performed<T>> => {
      setBusy(true);
      setOutcome(null);
      setRefusal(null);
      try {
        const value = await task();
        const text = done(value);
        setOutcome(text === null ? null : { kind: 'done', text });
        return { ok: true, value };
      } catch (failure) {
        const error = asApiError(failure);
        const field = fieldOf(error);
        const text = explain?.(error, field) ?? apiErrorMessage(error, t);
        setRefusal({ field, text });
        setOutcome({ kind: 'error', text });
        return { ok: false };
      } finally {
        setBusy(false);
      }
    },
    [t, explain],
  );
  const run = useCallback(
    async (method: WriteMethod, path: string, body: unknown, done: string): Promise<boolean> =>
      (
        await perform(
          () => send(method, path, body),
          () => done,
        )
      ).ok,
    [perform, send],
  );
  return { run, perform, busy, outcome, refusal };
}
