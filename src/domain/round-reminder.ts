import type { FiscalYear } from './fiscal-year.ts';
import { formatFiscalYear } from './fiscal-year.ts';
import type { RoundMessageKind } from './reminder-schedule.ts';

/** What an editor owes in a round: its entries, by KPI. */
export interface OwedEntry {
  readonly code: string;
  readonly title: string;
  readonly department: string;
}

export interface RoundMessageInput {
  readonly planName: string;
  readonly fiscalYear: FiscalYear;
  readonly dueDate: string;
  /** The absolute address of the editor's page of the round (MIERUKA_PUBLIC_URL + path). */
  readonly url: string;
  readonly recipientName: string;
  readonly entries: readonly OwedEntry[];
}

/** Subject, opening sentences of each kind of the round's e-mails. */
function wording(
  kind: RoundMessageKind,
  plan: string,
  year: string,
  due: string,
  count: number,
): { subject: string; lead: readonly string[] } {
  switch (kind) {
    case 'round.open':
      return {
        subject: `【照会】${plan} ${year}実績の入力のお願い（期限 ${due}）`,
        lead: [
          `${plan}の${year}実績の照会を開始しました。`,
          `次の${count}件の実績値と取組内容を ${due} までに入力し、提出してください。`,
        ],
      };
    case 'round.reminder':
      return {
        subject: `【照会・期限間近】${plan} ${year}実績の入力（期限 ${due}）`,
        lead: [
          `${plan}の${year}実績の照会の期限（${due}）が近づいています。`,
          `次の${count}件がまだ提出されていません。期限までに入力し、提出してください。`,
        ],
      };
    case 'round.overdue':
      return {
        subject: `【照会・期限超過】${plan} ${year}実績の入力（期限 ${due}）`,
        lead: [
          `${plan}の${year}実績の照会は ${due} が期限でした。`,
          `次の${count}件がまだ提出されていません。至急入力し、提出してください。`,
        ],
      };
  }
}

/**
 * An e-mail of the round to one editor: one message listing every entry it owes, with the due
 * date and the address of its page (照会: 企画課 asks each 担当課 for last year's figures).
 * Japanese, as the editors read it. The opening one lists all its entries; a reminder or an
 * overdue notice those not yet submitted.
 * @example
 * roundMessage('round.open', { planName: '湯沢市行財政改革実施計画', fiscalYear: 2024,
 *   dueDate: '2025-05-31', url: 'https://kpi.city.example.jp/plans/1/rounds/2024',
 *   recipientName: '企画 太郎', entries: [{ code: '⑦', … }] })
 */
export function roundMessage(
  kind: RoundMessageKind,
  input: RoundMessageInput,
): { subject: string; body: string } {
  const year = formatFiscalYear(input.fiscalYear, 'japanese');
  const { subject, lead } = wording(
    kind,
    input.planName,
    year,
    input.dueDate,
    input.entries.length,
  );
  const lines = input.entries.map((e) => `・${e.code} ${e.title}（${e.department}）`);
  const body = [
    `${input.recipientName} 様`,
    '',
    ...lead,
    '',
    ...lines,
    '',
    `入力ページ: ${input.url}`,
  ].join('\n');
  return { subject, body };
}
