import type { Direction } from './model.ts';

/** Arrows a table prints for the way a figure should go: up, down, or held where it is. */
const UP = /^[↑⇧⬆↗⇑]$/;
const DOWN = /^[↓⇩⬇↘⇓]$/;
const LEVEL = /^[→⇨➡⇒]$/;

/**
 * The direction a cell printed as one arrow states (水道ビジョン 進捗管理 「望ましい方向」 ↑ / ↓,
 * 長崎市 成果指標 区分 ⇧ under the legend 「⇧は目標値を上回ることが望ましい指標」). Null for
 * anything else: an arrow among words (「H26年1.54→H31年1.68」) is no mark.
 * @example directionMark('↓') // 'decrease'
 */
export function directionMark(text: string): Direction | null {
  const mark = text.trim();
  // The cheap test first: a mark is one character.
  if (mark.length !== 1) return null;
  if (UP.test(mark)) return 'increase';
  if (DOWN.test(mark)) return 'decrease';
  if (LEVEL.test(mark)) return 'maintain';
  return null;
}
