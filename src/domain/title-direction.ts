import type { Direction } from './model.ts';

/** The word a goal's title ends with, what it is for: brought down, or raised. */
const ENDS_DECREASE = /(?:削減|減少|縮減|抑制|低減|縮小)$/;
const ENDS_INCREASE = /(?:増加|向上|拡大|増進|推進)$/;

/**
 * A ratio of a budget's burden, lower the sounder (財政健全化計画 「実質公債費比率 | 計画値 11.8 |
 * 実績値 11.2」, the 健全化判断比率 and a 公営企業's 資金不足比率): its name says it is to be brought
 * down. Not 経常収支比率: a city's (経常経費 over 経常一般財源) is to be brought down, a hospital's
 * (公立病院改革プラン: 経常収益 over 経常費用, 100% and above in the black) to be raised.
 */
const BURDEN_RATIO = /(?:実質赤字|連結実質赤字|実質公債費|将来負担|資金不足|公債費負担)比率$/;

/**
 * The direction a KPI's title states by the word it ends with, a bracket after it aside: a
 * 健康増進計画's 「糖尿病予備群の増加率の抑制」 is a decrease (though it says 増加 first), 「年1回
 * 健康診査を受けている人の増加」 an increase; a ratio of a budget's burden (将来負担比率) a decrease.
 * Null when the title ends otherwise.
 * @example titleDirection('1-1 三大死因による死亡者数の減少(人口千人あたり)') // 'decrease'
 */
export function titleDirection(title: string): Direction | null {
  const words = title
    .normalize('NFKC')
    .trim()
    .replace(/(?:\s*\([^()]*\))+$/, '');
  if (ENDS_DECREASE.test(words) || BURDEN_RATIO.test(words)) return 'decrease';
  if (ENDS_INCREASE.test(words)) return 'increase';
  return null;
}
