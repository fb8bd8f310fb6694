import type { ApiError } from '../api/api-error.ts';
import type { Translate } from './i18n.ts';

/**
 * The sentence a failed change shows when the form has nothing more particular to say: the
 * session ended, no right, someone saved first, no connection, or the server's own message.
 */
export function apiErrorMessage(error: ApiError, t: Translate): string {
  switch (error.code) {
    case 'network':
      return t('errorNetwork');
    case 'unauthenticated':
      return t('errorSessionEnded');
    case 'forbidden':
      return t('errorForbidden');
    case 'conflict':
      return t('conflictReload');
    default:
      return t('errorUnexpected', { message: error.message });
  }
}
