import type { Direction } from './model.ts';

/** The word a goal's title ends with, what it is for: brought down, or raised. */
const ENDS_DECREASE = /(?:削減|減少|縮減|抑制|低減|縮小)$/;
const ENDS_INCREASE = /(?:増加|向上|拡大|増進|推進)$/;

/**
 * The direction a KPI's title states by the word it ends with, a bracket after it aside: a
 * 健康増進計画's 「糖尿病予備群の増加率の抑制」 is a decrease (though it says 増加 first), 「年1回
 * 健康診査を受けている人の増加」 an increase. Null when the title ends otherwise.
 * @example titleDirection('1-1 三大死因による死亡者数の減少(人口千人あたり)') // 'decrease'
 */
export function titleDirection(title: string): Direction | null {
  const words = title
    .normalize('NFKC')
    .trim()
    .replace(/(?:\s*\([^()]*\))+$/, '');
  if (ENDS_DECREASE.test(words)) return 'decrease';
  if (ENDS_INCREASE.test(words)) return 'increase';
  return null;
}
