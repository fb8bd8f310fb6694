import { describe, expect, it } from 'vitest';
import type { GridRow } from '../grid.ts';
import { findHeader } from './header-map.ts';
import { targetSecondLine } from './target-second-line.ts';

const rows: GridRow[] = [{ row: 1, cells: ['目標', '目標値', '年度', '24年度 実績'] }];
const columns = findHeader(rows)?.header.columns ?? [];

describe('a goal’s second line (兵庫県 「20,000頭/ 年 | H25 H26」 under 「13,300頭/年 | H24」)', () => {
  it('is a figure under the target and the years it is due under the target’s years', () => {
    expect(targetSecondLine(['', '20,000頭/ 年', 'H25 H26', ''], columns)).toEqual({
      targetAt: 1,
      yearsAt: 2,
      years: [2013, 2014],
    });
    expect(targetSecondLine(['', '20,000頭', 'H25・H26', ''], columns)?.years).toEqual([
      2013, 2014,
    ]);
  });

  it('is no line with a name, an actual, words for years, or no figure', () => {
    expect(targetSecondLine(['捕獲数', '20,000頭', 'H25', ''], columns)).toBeNull();
    expect(targetSecondLine(['', '20,000頭', 'H25', '18,000頭'], columns)).toBeNull();
    expect(targetSecondLine(['', '20,000頭', '今後', ''], columns)).toBeNull();
    expect(targetSecondLine(['', '未定', 'H25', ''], columns)).toBeNull();
  });
});
