import { describe, expect, it } from 'vitest';
import { changeLine } from './change-line.ts';

describe('what an import added and changed, in Japanese', () => {
  it('replaces the words and keeps codes, years and values', () => {
    expect(changeLine('⑩ R5 actual 0 → 1', 'ja')).toBe('⑩ R5 実績値 0 → 1');
    expect(changeLine('KPI ㉑ added', 'ja')).toBe('KPI ㉑ 追加');
    expect(changeLine('① R5 narrative (総務課) rewritten', 'ja')).toBe(
      '① R5 取組内容 (総務課) 書き換え',
    );
    expect(changeLine('theme program 2/4 action items 7 → 7, 8', 'ja')).toBe(
      'テーマプログラム 2/4 取組項目 7 → 7, 8',
    );
    expect(changeLine('⑰ cumulative label 累計 → 合計', 'ja')).toBe('⑰ 累計の見出し 累計 → 合計');
    expect(changeLine('⑦ direction increase → decrease', 'ja')).toBe('⑦ 向き 増加 → 減少');
    expect(changeLine('plan 湯沢市行財政改革実施計画 added', 'ja')).toBe(
      '計画 湯沢市行財政改革実施計画 追加',
    );
  });

  it('leaves the English page as the server words it', () => {
    expect(changeLine('⑩ R5 actual 0 → 1', 'en')).toBe('⑩ R5 actual 0 → 1');
  });
});
