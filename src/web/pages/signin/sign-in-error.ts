import type { ApiError } from '../../api/api-error.ts';
import { retryAfterSeconds } from '../../api/api-error.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { apiErrorMessage } from '../../i18n/api-error-message.ts';

/**
 * Why a sign-in failed, in the user's words: a wrong pair (never whether the account exists),
 * or how long to wait after too many failures (429, Retry-After in seconds).
 */
export function signInErrorMessage(error: ApiError, t: Translate): string {
  switch (error.code) {
    case 'unauthenticated':
    case 'validation':
      return t('signInWrong');
    case 'rate_limited': {
      const seconds = retryAfterSeconds(error) ?? 60;
      return seconds < 120
        ? t('signInLimitedSeconds', { count: seconds })
        : t('signInLimitedMinutes', { count: Math.ceil(seconds / 60) });
    }
    default:
      return apiErrorMessage(error, t);
  }
}
