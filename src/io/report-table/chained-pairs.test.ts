import { describe, expect, it } from 'vitest';
import { chainedPairs } from './chained-pairs.ts';

describe('a line chaining a KPI’s figures with arrows, each with its label', () => {
  it('gives each pair, the heading before the first left out', () => {
    expect(
      chainedPairs('結 果:従前値:120 件(25 年度)⇒目標値:150 件(29 年度)⇒実績値:141 件(94%)'),
    ).toEqual([
      { label: '従前値', value: '120 件(25 年度)' },
      { label: '目標値', value: '150 件(29 年度)' },
      { label: '実績値', value: '141 件(94%)' },
    ]);
    expect(chainedPairs('基準値:30% → 目標値:45%')).toEqual([
      { label: '基準値', value: '30%' },
      { label: '目標値', value: '45%' },
    ]);
  });

  it('reads the rest of a chain wrapped onto a line of its own, which begins with its arrow', () => {
    expect(chainedPairs('⇒実績値:62.0%(310 件/500 件)(令和 4 年度末)')).toEqual([
      { label: '実績値', value: '62.0%(310 件/500 件)(令和 4 年度末)' },
    ]);
    expect(chainedPairs('⇒目標値:100%(30年度)⇒実績値:90%')).toHaveLength(2);
    // …and its start: one pair after the line's heading.
    expect(chainedPairs('結 果:従前値:12%(26年度)')).toEqual([
      { label: '従前値', value: '12%(26年度)' },
    ]);
  });

  it('is none for a sentence with an arrow, a label naming no figure, or one pair alone', () => {
    expect(chainedPairs('611グラム→550グラム')).toBeNull();
    expect(chainedPairs('定 義:対象戸数⇒改修済戸数')).toBeNull();
    expect(chainedPairs('担当:建築課⇒目標値:10件')).toBeNull();
    expect(chainedPairs('目標値:150 件')).toBeNull();
    expect(chainedPairs('評価方法:事業実績による')).toBeNull();
  });
});
