import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import { apiErrorMessage } from './api-error-message.ts';
import type { Params } from './i18n.ts';
import { translate } from './i18n.ts';
import type { MessageKey } from './messages-ja.ts';

const ja = (key: MessageKey, params?: Params) => translate('ja', key, params);

describe('apiErrorMessage', () => {
  it('says a server error in Japanese, never the server’s English sentence', () => {
    const error = new ApiError(500, 'internal', 'internal server error');
    expect(apiErrorMessage(error, ja)).toBe(
      'サーバーで問題が起きました。時間をおいてやり直してください。',
    );
    const missing = new ApiError(404, 'not_found', 'KPI not found: ㉑');
    expect(apiErrorMessage(missing, ja)).toBe('指定されたデータが見つかりません。');
  });

  it('keeps the server’s message as a detail where it names what to fix', () => {
    const error = new ApiError(400, 'validation', 'body.value: not a number');
    expect(apiErrorMessage(error, ja)).toBe(
      '入力内容に誤りがあります。（詳細: body.value: not a number）',
    );
  });

  it('says the session ended and a save someone beat as before', () => {
    expect(apiErrorMessage(new ApiError(401, 'unauthenticated', 'sign in'), ja)).toBe(
      translate('ja', 'errorSessionEnded'),
    );
    expect(apiErrorMessage(new ApiError(409, 'conflict', 'version'), ja)).toBe(
      translate('ja', 'conflictReload'),
    );
  });
});
