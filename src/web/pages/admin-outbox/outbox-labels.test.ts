import { describe, expect, it } from 'vitest';
import type { OutboxMessageView } from '../../../domain/api-contract.ts';
import { fiscalYear } from '../../../domain/fiscal-year.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { translate } from '../../i18n/i18n.ts';
import { outboxKindText, outboxStateText } from './outbox-labels.ts';

const ja: Translate = (key, params) => translate('ja', key, params);
const en: Translate = (key, params) => translate('en', key, params);

const message = (changes: Partial<OutboxMessageView>): OutboxMessageView => ({
  id: 1,
  kind: 'round.open',
  planId: 1,
  fiscalYear: fiscalYear(2024),
  recipient: 'kikaku@city.example.jp',
  subject: '【照会】…',
  body: '企画 太郎 様',
  state: 'pending',
  attempts: 0,
  lastError: null,
  createdAt: '2025-04-01T00:00:00.000Z',
  sendAfter: '2025-04-01T00:00:00.000Z',
  sentAt: null,
  ...changes,
});

describe('outbox labels', () => {
  it('names each kind of the round’s e-mails, and shows an unknown one as stored', () => {
    expect(outboxKindText('round.open', ja)).toBe('照会の開始');
    expect(outboxKindText('round.reminder', ja)).toBe('期限前のお知らせ');
    expect(outboxKindText('round.overdue', en)).toBe('Overdue');
    expect(outboxKindText('entry.returned', ja)).toBe('差戻しのお知らせ');
    expect(outboxKindText('entry.approved', en)).toBe('Entry approved');
    expect(outboxKindText('account.welcome', ja)).toBe('account.welcome');
  });

  it('tells waiting, retrying, sent and given up apart', () => {
    expect(outboxStateText(message({}), ja, 'ja')).toBe('未送信');
    expect(
      outboxStateText(message({ attempts: 2, sendAfter: '2025-04-01T00:04:00.000Z' }), en, 'en'),
    ).toMatch(/^Not yet sent \(2 failed attempts; tried again from .+\)$/);
    expect(
      outboxStateText(message({ state: 'sent', sentAt: '2025-04-01T00:00:05.000Z' }), ja, 'ja'),
    ).toMatch(/^送信済（.+）$/);
    expect(outboxStateText(message({ state: 'failed', attempts: 12 }), ja, 'ja')).toBe(
      '送信失敗（12回失敗。管理者が確認してください）',
    );
  });
});
