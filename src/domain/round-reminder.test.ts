import { describe, expect, it } from 'vitest';
import { fiscalYear } from './fiscal-year.ts';
import { roundMessage } from './round-reminder.ts';

const input = {
  planName: '湯沢市行財政改革実施計画',
  fiscalYear: fiscalYear(2024),
  dueDate: '2025-05-31',
  url: 'https://kpi.city.example.jp/plans/1/rounds/2024',
  recipientName: '企画 太郎',
  entries: [
    { code: '⑦', title: '公共施設の延床面積', department: '企画課' },
    { code: '⑩', title: '公共施設等の再編', department: '企画課' },
  ],
};

describe('roundMessage', () => {
  it('asks for the year’s figures when the round opens, listing each entry and the page', () => {
    const mail = roundMessage('round.open', input);
    expect(mail.subject).toBe(
      '【照会】湯沢市行財政改革実施計画 令和6年度実績の入力のお願い（期限 2025-05-31）',
    );
    expect(mail.body.split('\n')).toEqual([
      '企画 太郎 様',
      '',
      '湯沢市行財政改革実施計画の令和6年度実績の照会を開始しました。',
      '次の2件の実績値と取組内容を 2025-05-31 までに入力し、提出してください。',
      '',
      '・⑦ 公共施設の延床面積（企画課）',
      '・⑩ 公共施設等の再編（企画課）',
      '',
      '入力ページ: https://kpi.city.example.jp/plans/1/rounds/2024',
    ]);
  });

  it('says the due date is near, or past, in the reminder and the overdue notice', () => {
    const reminder = roundMessage('round.reminder', input);
    expect(reminder.subject).toMatch(/^【照会・期限間近】.*（期限 2025-05-31）$/);
    expect(reminder.body).toMatch(/期限（2025-05-31）が近づいています/);
    const overdue = roundMessage('round.overdue', input);
    expect(overdue.subject).toMatch(/^【照会・期限超過】/);
    expect(overdue.body).toMatch(/2025-05-31 が期限でした/);
    for (const mail of [reminder, overdue]) {
      expect(mail.body).toMatch(/次の2件がまだ提出されていません/);
      expect(mail.body).toContain('・⑩ 公共施設等の再編（企画課）');
    }
  });
});
