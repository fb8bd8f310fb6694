import type { Direction } from './model.ts';

/** Arrows a table prints for the way a figure should go: up, down, or held where it is. */
const UP = /^[↑⇧⬆↗⇑]$/;
const DOWN = /^[↓⇩⬇↘⇓]$/;
const LEVEL = /^[→⇨➡⇒]$/;

/** A way to go written as the whole of a target cell (目標 「増加」, 「減少」, 「向上」). */
const DIRECTION_WORDS = new Map<string, Direction>([
  ...['増加', '増', '向上', '上昇', '拡大', '増やす'].map((w) => [w, 'increase'] as const),
  ...['減少', '減', '削減', '低下', '縮小', '抑制', '減らす'].map((w) => [w, 'decrease'] as const),
]);

/**
 * The direction a cell printed as one arrow states (水道ビジョン 進捗管理 「望ましい方向」 ↑ / ↓,
 * 長崎市 成果指標 区分 ⇧ under the legend 「⇧は目標値を上回ることが望ましい指標」). Null for
 * anything else: an arrow among words (「H26年1.54→H31年1.68」) is no mark. A word alone that says
 * the way (「増加」, 「減少」) reads the same.
 * @example directionMark('↓') // 'decrease'
 */
export function directionMark(text: string): Direction | null {
  const mark = text.trim();
  // The cheap test first: a mark is one character, a word a few.
  if (mark.length > 1) return mark.length <= 4 ? (DIRECTION_WORDS.get(mark) ?? null) : null;
  if (UP.test(mark)) return 'increase';
  if (DOWN.test(mark)) return 'decrease';
  if (LEVEL.test(mark)) return 'maintain';
  return null;
}
