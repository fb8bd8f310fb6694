import { describe, expect, it } from 'vitest';
import { titleDirection } from './title-direction.ts';

describe('the direction a goal’s title ends with (健康増進計画 評価指標)', () => {
  it('reads the last word, not the first: 増加率の抑制 is a decrease', () => {
    expect(titleDirection('1-6 糖尿病予備群の増加率の抑制')).toBe('decrease');
    expect(titleDirection('1-2 年1回健康診査を受けている人の増加')).toBe('increase');
    expect(titleDirection('1-1 三大死因による死亡者数の減少(人口千人あたり)')).toBe('decrease');
  });

  it('says nothing of a title that names a figure only', () => {
    expect(titleDirection('市民1人あたりの1日に出すごみの量')).toBeNull();
    expect(titleDirection('減少率')).toBeNull();
  });

  it('reads a ratio of a budget’s burden as one to bring down (財政健全化計画 計画値 vs 実績値)', () => {
    expect(titleDirection('実質公債費比率')).toBe('decrease');
    expect(titleDirection('将来負担比率（％）')).toBe('decrease');
    expect(titleDirection('資金不足比率')).toBe('decrease');
    // A city's is to be brought down, a hospital's (経常収益 ÷ 経常費用) raised: no word of it.
    expect(titleDirection('経常収支比率')).toBeNull();
    expect(titleDirection('自主財源比率')).toBeNull();
    expect(titleDirection('財政力指数')).toBeNull();
  });
});
