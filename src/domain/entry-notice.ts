import type { FiscalYear } from './fiscal-year.ts';
import { formatFiscalYear } from './fiscal-year.ts';
import type { OwedEntry } from './round-reminder.ts';

/*
 * The e-mails an editor gets when the planning division acts on its entries (issue 21): sent
 * back with a comment, reopened with a reason after approval, or approved. Japanese, as the
 * editors read them; one e-mail per editor per move, listing the entries it moved.
 */

export const ENTRY_NOTICE_KINDS = ['entry.returned', 'entry.reopened', 'entry.approved'] as const;
export type EntryNoticeKind = (typeof ENTRY_NOTICE_KINDS)[number];

export interface EntryNoticeInput {
  readonly planName: string;
  readonly fiscalYear: FiscalYear;
  readonly recipientName: string;
  readonly entries: readonly OwedEntry[];
  /** The comment of a return, the reason of a reopening; null for an approval. */
  readonly note: string | null;
  /** The absolute address of the (first) entry's page. */
  readonly url: string;
}

function wording(
  kind: EntryNoticeKind,
  plan: string,
  year: string,
): { tag: string; lead: string; next: string | null; noteLabel: string } {
  switch (kind) {
    case 'entry.returned':
      return {
        tag: '差戻し',
        lead: `${plan}の${year}実績の次の入力が差し戻されました。`,
        next: 'コメントを確認して修正し、再度提出してください。',
        noteLabel: 'コメント',
      };
    case 'entry.reopened':
      return {
        tag: '再開',
        lead: `${plan}の${year}実績の次の入力が、承認後に再開されました。`,
        next: '理由を確認して修正し、再度提出してください。',
        noteLabel: '再開の理由',
      };
    case 'entry.approved':
      return {
        tag: '承認',
        lead: `${plan}の${year}実績の次の入力が承認されました。`,
        next: null,
        noteLabel: '',
      };
  }
}

/**
 * The e-mail telling an editor what became of its entries.
 * @example
 * entryNotice('entry.returned', { planName: '湯沢市行財政改革実施計画', fiscalYear: 2024,
 *   recipientName: '企画 太郎', entries: [{ code: '⑦', title: '公共施設の延べ床面積', department: '企画課' }],
 *   note: '延床面積の内訳を追記してください', url: 'https://kpi.city.example.jp/plans/1/rounds/2024/entries/%E2%91%A6?department=…' })
 * // subject: 【差戻し】湯沢市行財政改革実施計画 令和6年度実績 ⑦ 公共施設の延べ床面積（企画課）
 */
export function entryNotice(
  kind: EntryNoticeKind,
  input: EntryNoticeInput,
): { subject: string; body: string } {
  const year = formatFiscalYear(input.fiscalYear, 'japanese');
  const { tag, lead, next, noteLabel } = wording(kind, input.planName, year);
  const [first] = input.entries;
  const what =
    input.entries.length === 1 && first !== undefined
      ? `${first.code} ${first.title}（${first.department}）`
      : `${input.entries.length}件`;
  const lines = input.entries.map((e) => `・${e.code} ${e.title}（${e.department}）`);
  const body = [
    `${input.recipientName} 様`,
    '',
    lead,
    '',
    ...lines,
    ...(input.note === null ? [] : ['', `${noteLabel}:`, input.note]),
    ...(next === null ? [] : ['', next]),
    '',
    `入力ページ: ${input.url}`,
  ].join('\n');
  return { subject: `【${tag}】${input.planName} ${year}実績 ${what}`, body };
}
