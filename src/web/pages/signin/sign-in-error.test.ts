import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { translate } from '../../i18n/i18n.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { signInErrorMessage } from './sign-in-error.ts';

const t: Translate = (key, params) => translate('ja', key, params);

describe('signInErrorMessage', () => {
  it('says the pair is wrong without saying whether the account exists', () => {
    const error = new ApiError(401, 'unauthenticated', 'wrong e-mail or password');
    expect(signInErrorMessage(error, t)).toBe('メールアドレスまたはパスワードが正しくありません。');
  });

  it('tells how long to wait after too many failures, in seconds or minutes', () => {
    const soon = new ApiError(429, 'rate_limited', 'too many', { retryAfterSeconds: 30 });
    expect(signInErrorMessage(soon, t)).toContain('30秒ほど待って');
    const later = new ApiError(429, 'rate_limited', 'too many', { retryAfterSeconds: 900 });
    expect(signInErrorMessage(later, t)).toContain('15分ほど待って');
  });

  it('names a lost connection', () => {
    expect(signInErrorMessage(new ApiError(0, 'network', 'Failed to fetch'), t)).toContain(
      'サーバーに接続できませんでした',
    );
  });
});
