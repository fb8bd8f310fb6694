import { describe, expect, it } from 'vitest';
import type { TextLine } from './paragraph-lines.ts';
import { joinWrappedLines } from './paragraph-lines.ts';

/** A line at row `at` (12 points apart), from `left` to `right`, in 10-point type. */
const line = (at: number, text: string, left = 50, right = 500, size = 10): TextLine => ({
  y: 100 + at * 12,
  text,
  left,
  right,
  size,
});

describe('a paragraph the page wrapped', () => {
  it('is one line again where a line runs to the edge mid-sentence (群馬県 「…(実行歩合」 「51パーセント)でした。」)', () => {
    const lines = [
      line(0, '間伐面積については、計画10,200ヘクタールに対して実行5,180ヘクタール(実行歩合'),
      line(1, '51パーセント)でした。', 50, 160),
      line(
        2,
        '人工造林の面積については、計画640ヘクタールに対して実行92ヘクタールでした。',
        50,
        420,
      ),
    ];
    expect(joinWrappedLines(lines, 500).map((l) => l.text)).toEqual([
      '間伐面積については、計画10,200ヘクタールに対して実行5,180ヘクタール(実行歩合51パーセント)でした。',
      '人工造林の面積については、計画640ヘクタールに対して実行92ヘクタールでした。',
    ]);
  });

  it('joins a paragraph of three lines and more', () => {
    const lines = [
      line(0, '伐採立木材積については、主伐は計画220,000立'),
      line(1, '方メートルに対して実'),
      line(2, '行203,000立方メートルでした。', 50, 300),
    ];
    expect(joinWrappedLines(lines, 500)).toEqual([
      {
        ...line(
          0,
          '伐採立木材積については、主伐は計画220,000立方メートルに対して実行203,000立方メートルでした。',
        ),
        right: 300,
      },
    ]);
  });

  it('joins Latin words with a space', () => {
    const lines = [line(0, 'The plan was carried out'), line(1, 'in full.', 50, 90)];
    expect(joinWrappedLines(lines, 500).map((l) => l.text)).toEqual([
      'The plan was carried out in full.',
    ]);
  });

  it('keeps apart a line short of the edge, one ending a sentence, a line of another size, and a line set further in', () => {
    const kept = [
      [line(0, '(単位:千円)', 50, 120), line(1, '取組項目の一覧')],
      [line(0, '目標を達成しました。'), line(1, '次の年度も続けます。')],
      [line(0, '令和5年度 進捗状況', 50, 500, 14), line(1, '作成日 2024年6月1日', 50, 500, 10)],
      [line(0, '1 事業の概要'), line(1, '(1) 目的', 80, 200)],
      [line(0, '表1 要介護等認定者の状況'), line(4, '比較時点は各年10月時点', 50, 200)],
    ];
    for (const lines of kept) expect(joinWrappedLines(lines, 500)).toEqual(lines);
  });

  it('measures the edge on the page, not on the lines outside its table', () => {
    // A title as wide as any line outside the table, the table running further right.
    const lines = [
      line(0, '湯沢市行財政改革実施計画 令和5年度 進捗状況'),
      line(1, '作成日 2024年6月1日'),
    ];
    expect(joinWrappedLines(lines, 800)).toEqual(lines);
  });
});
