import { describe, expect, it } from 'vitest';
import { fiscalYear } from './fiscal-year.ts';
import { publicationNotice, yearEvent } from './publication-notice.ts';

const R5 = fiscalYear(2023);
const AT = '2024-06-01T00:00:00.000Z';

describe('a publication notice', () => {
  it('tells of a year published, linking to its dashboard', () => {
    expect(publicationNotice({ id: 1, ...yearEvent('publish', R5, AT) }, 4)).toEqual({
      id: 1,
      title: '令和5年度の進捗状況を公表しました',
      text: '令和5年度の実績値・達成率・取組内容を公表しました。',
      path: '/plans/4?fy=2023',
      at: AT,
    });
  });

  it('gives the reason of a withdrawal', () => {
    const notice = publicationNotice({ id: 2, ...yearEvent('withdraw', R5, AT, '集計誤り') }, 4);
    expect([notice.title, notice.text]).toEqual([
      '令和5年度の進捗状況の公表を取り下げました',
      '理由：集計誤り',
    ]);
  });

  it('shows a corrected figure before and after, digits grouped, and a narrative as written', () => {
    const correction = {
      ...yearEvent('publish', R5, AT),
      id: 3,
      kind: 'correction' as const,
      kpiCode: '⑦',
      department: '企画課',
      field: 'actual',
      oldText: '283179',
      newText: '271000',
    };
    expect(publicationNotice(correction, 4)).toMatchObject({
      title: '⑦ 令和5年度の実績値を訂正しました（企画課）',
      text: '訂正前：283,179 → 訂正後：271,000',
      path: '/plans/4/kpis/%E2%91%A6?fy=2023',
    });
    const added = { ...correction, field: 'narrative', oldText: null, newText: '1234件を処理' };
    expect(publicationNotice(added, 4)).toMatchObject({
      title: '⑦ 令和5年度の取組内容を追加しました（企画課）',
      text: '追加：1234件を処理',
    });
  });
});
