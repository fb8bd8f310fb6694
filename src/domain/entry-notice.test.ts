import { describe, expect, it } from 'vitest';
import { entryNotice } from './entry-notice.ts';
import { fiscalYear } from './fiscal-year.ts';

const seven = { code: '⑦', title: '公共施設の延べ床面積', department: '企画課' };
const input = {
  planName: '湯沢市行財政改革実施計画',
  fiscalYear: fiscalYear(2024),
  recipientName: '企画 太郎',
  entries: [seven],
  note: '延床面積の内訳を追記してください',
  url: 'https://kpi.city.example.jp/plans/1/rounds/2024/entries/%E2%91%A6',
};

describe('entryNotice: what an editor is told of its entries', () => {
  it('a return names the entry, the comment, what to do and where', () => {
    const { subject, body } = entryNotice('entry.returned', input);
    expect(subject).toBe(
      '【差戻し】湯沢市行財政改革実施計画 令和6年度実績 ⑦ 公共施設の延べ床面積（企画課）',
    );
    expect(body.split('\n')).toEqual([
      '企画 太郎 様',
      '',
      '湯沢市行財政改革実施計画の令和6年度実績の次の入力が差し戻されました。',
      '',
      '・⑦ 公共施設の延べ床面積（企画課）',
      '',
      'コメント:',
      '延床面積の内訳を追記してください',
      '',
      'コメントを確認して修正し、再度提出してください。',
      '',
      `入力ページ: ${input.url}`,
    ]);
  });

  it('a reopening gives its reason; an approval of several counts them and asks nothing', () => {
    expect(entryNotice('entry.reopened', { ...input, note: '決算確定値で訂正' }).body).toMatch(
      /承認後に再開されました[\s\S]*再開の理由:\n決算確定値で訂正/,
    );
    const eight = { code: '⑧', title: '業務改善提案件数', department: '企画課' };
    const approved = entryNotice('entry.approved', {
      ...input,
      note: null,
      entries: [seven, eight],
    });
    expect(approved.subject).toBe('【承認】湯沢市行財政改革実施計画 令和6年度実績 2件');
    expect(approved.body).toMatch(/・⑦ .*\n・⑧ /);
    expect(approved.body).not.toMatch(/コメント|再度提出/);
  });
});
