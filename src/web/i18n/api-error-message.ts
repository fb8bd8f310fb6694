import type { ApiError } from '../api/api-error.ts';
import type { Translate } from './i18n.ts';
import type { MessageKey } from './messages-ja.ts';

/** The reader's sentence for each of the server's error codes (the server writes in English). */
const TEXT: Record<ApiError['code'], MessageKey> = {
  network: 'errorNetwork',
  unauthenticated: 'errorSessionEnded',
  forbidden: 'errorForbidden',
  conflict: 'conflictReload',
  validation: 'errorValidation',
  bad_request: 'errorBadRequest',
  not_found: 'errorNotFoundApi',
  rate_limited: 'errorRateLimited',
  import: 'errorImport',
  timeout: 'errorTimeout',
  too_large: 'errorTooLarge',
  unsupported_media_type: 'errorUnsupportedMedia',
  unavailable: 'errorUnavailable',
  internal: 'errorServer',
};

/** Codes whose server message says something the reader can act on (which field, which row). */
const WITH_DETAIL: ReadonlySet<ApiError['code']> = new Set(['validation', 'bad_request', 'import']);

/**
 * A failed call in the reader's language: the sentence for its code, and the server's own
 * message as a detail where it names what to fix (it is in English: the server's log language).
 */
export function apiErrorParts(
  error: ApiError,
  t: Translate,
): { readonly text: string; readonly detail: string | null } {
  const detail = WITH_DETAIL.has(error.code) && error.message !== '' ? error.message : null;
  return { text: t(TEXT[error.code]), detail };
}

/**
 * The sentence a failed change shows when the form has nothing more particular to say: the
 * session ended, no right, someone saved first, no connection, or the code's own sentence.
 */
export function apiErrorMessage(error: ApiError, t: Translate): string {
  const { text, detail } = apiErrorParts(error, t);
  return detail === null ? text : `${text}（${t('errorDetail', { message: detail })}）`;
}
