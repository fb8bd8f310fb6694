import { useCallback, useState } from 'react';
import type { Outcome } from '../components/form-status.tsx';
import { apiErrorMessage } from '../i18n/api-error-message.ts';
import { useSession } from '../session/session-context.tsx';
import { useView } from '../view-context.tsx';
import type { WriteMethod } from './api-client.ts';
import type { ApiError } from './api-error.ts';
import { asApiError } from './api-error.ts';

/**
 * What a refused change says, the field it is about where there is one (the server's, or the
 * form's own as `explain` named it), whether it is said beside that field only (not above the
 * form), and the server's error code (a 409 offers a reload).
 */
export interface Refusal {
  readonly field: string | null;
  readonly text: string;
  readonly beside: boolean;
  readonly code: ApiError['code'];
}

/** A refusal that belongs to one field of the form, said beside that field only. */
export interface FieldRefusal {
  readonly field: string;
  readonly text: string;
}

/**
 * A refusal in the reader's words: a text for the form's head (at the field the server named
 * too), a FieldRefusal for one of the form's fields, or null for the common words.
 */
export type Explain = (error: ApiError, field: string | null) => string | FieldRefusal | null;

/** The field a refusal names (details.field), if any. */
export function fieldOf(error: ApiError): string | null {
  const details = error.details;
  return typeof details === 'object' && details !== null && 'field' in details
    ? String(details.field)
    : null;
}

/** What a refusal says beside `field`, when it was said there only (a FieldRefusal). */
export function besideField(refusal: Refusal | null, field: string): string | null {
  return refusal !== null && refusal.beside && refusal.field === field ? refusal.text : null;
}

/** How a mutation ended: its value, or refused (also in `outcome` and `refusal`). */
export type Performed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly refusal: Refusal };

/** A refusal as the hook keeps it, and what the form's head says of it (null: nothing). */
function kept(
  said: string | FieldRefusal,
  field: string | null,
  code: ApiError['code'],
): { readonly refusal: Refusal; readonly head: Outcome } {
  return typeof said === 'string'
    ? { refusal: { field, text: said, beside: false, code }, head: { kind: 'error', text: said } }
    : { refusal: { ...said, beside: true, code }, head: null };
}

/**
 * One change at a time from a form or a page: busy while it runs, then its outcome (done, or
 * the refusal in the reader's words with the field it names), so a form shows the error beside
 * its field. `run` sends one request; `perform` runs any task (several requests, an upload, a
 * read of the next page) and says what it did from its value (null: nothing to say). A form
 * that finds what was typed wrong before sending it says so with `refuse` (above the form, or
 * beside a field), or forgets the last outcome with `clear` where it shows its own field errors.
 * @example const { run, busy, outcome } = useMutation(); await run('POST', path, body, t('added'))
 */
export function useMutation(explain?: Explain) {
  const { send } = useSession();
  const { t } = useView();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const keep = useCallback((found: { refusal: Refusal | null; head: Outcome }) => {
    setRefusal(found.refusal);
    setOutcome(found.head);
  }, []);
  const clear = useCallback(() => keep({ refusal: null, head: null }), [keep]);
  const refuse = useCallback(
    (said: string | FieldRefusal) => keep(kept(said, null, 'validation')),
    [keep],
  );
  const perform = useCallback(
    async <T>(task: () => Promise<T>, done: (value: T) => string | null): Promise<Performed<T>> => {
      setBusy(true);
      clear();
      try {
        const value = await task();
        const text = done(value);
        setOutcome(text === null ? null : { kind: 'done', text });
        return { ok: true, value };
      } catch (failure) {
        const error = asApiError(failure);
        const field = fieldOf(error);
        const found = kept(explain?.(error, field) ?? apiErrorMessage(error, t), field, error.code);
        keep(found);
        return { ok: false, refusal: found.refusal };
      } finally {
        setBusy(false);
      }
    },
    [t, explain, clear, keep],
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
  return { run, perform, refuse, clear, busy, outcome, refusal };
}
