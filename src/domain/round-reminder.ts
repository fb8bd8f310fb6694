import type { FiscalYear } from './fiscal-year.ts';
import { formatFiscalYear } from './fiscal-year.ts';

/** What an editor owes in a round: its entries, by KPI. */
export interface OwedEntry {
  readonly code: string;
  readonly title: string;
  readonly department: string;
}

/**
 * The e-mail an editor gets when a round opens: one message listing every entry it owes, with
 * the due date and the address of its page (照会: 企画課 asks each 担当課 for last year's
 * figures). Japanese, as the editors read it.
 * @example
 * openingMessage({ planName: '湯沢市行財政改革実施計画', fiscalYear: 2024, dueDate: '2025-05-31',
 *   path: '/plans/1/rounds/2024', recipientName: '企画 太郎', entries: [{ code: '⑦', … }] })
 */
export function openingMessage(input: {
  readonly planName: string;
  readonly fiscalYear: FiscalYear;
  readonly dueDate: string;
  readonly path: string;
  readonly recipientName: string;
  readonly entries: readonly OwedEntry[];
}): { subject: string; body: string } {
  const year = formatFiscalYear(input.fiscalYear, 'japanese');
  const subject = `【照会】${input.planName} ${year}実績の入力のお願い（期限 ${input.dueDate}）`;
  const lines = input.entries.map((e) => `・${e.code} ${e.title}（${e.department}）`);
  const body = [
    `${input.recipientName} 様`,
    '',
    `${input.planName}の${year}実績の照会を開始しました。`,
    `次の${input.entries.length}件の実績値と取組内容を ${input.dueDate} までに入力し、提出してください。`,
    '',
    ...lines,
    '',
    `入力ページ: ${input.path}`,
  ].join('\n');
  return { subject, body };
}
