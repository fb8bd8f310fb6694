import { compareDecimals, type Decimal } from './decimal.ts';
import type { Direction } from './model.ts';

const MET = /^(?:[○◯〇]|達成)$/;
const MISSED = /^(?:[×✕]|未達成?)$/;
const NONE = /^[-‐―−ー－]?$/;

/**
 * Whether a table's grades are a pass-or-fail scale (公立病院改革プラン 達成状況: ○ met, × missed),
 * not a scale of degrees (◎ ○ △, where ○ is only progress): every grade ○, × or none (or the
 * words 達成 / 未達成), one at least; a table that also prints 概ね達成 grades by degrees.
 */
export function isPassFailScale(grades: readonly (string | null)[]): boolean {
  let marks = 0;
  for (const grade of grades) {
    // Most tables print no grade: nothing to test then.
    if (grade === null || grade === '') continue;
    const mark = grade.trim();
    if (MET.test(mark) || MISSED.test(mark)) marks += 1;
    else if (!NONE.test(mark)) return false;
  }
  return marks > 0;
}

/**
 * The two grades of a pass-or-fail scale as the table prints them, met first (○ and ×, 達成 and
 * 未達成), the one it prints none of named as its partner is; null unless the grades are such a
 * scale ({@link isPassFailScale}).
 * @example passFailLabels(['達成', '未達成', '達成']) // ['達成', '未達成']
 */
export function passFailLabels(grades: readonly (string | null)[]): [string, string] | null {
  if (!isPassFailScale(grades)) return null;
  const marks = grades.flatMap((g) =>
    g === null ? [] : [g.trim().replace(/[◯〇]/g, '○').replace('✕', '×')],
  );
  const met = marks.find((m) => MET.test(m));
  const missed = marks.find((m) => MISSED.test(m));
  const words = (met ?? missed ?? '').length > 1;
  return [met ?? (words ? '達成' : '○'), missed ?? (words ? '未達成' : '×')];
}

/**
 * The direction a pass-or-fail grade proves: ○ beside an actual below its target, or × beside one
 * above it, is a figure to bring down (呉市 平均在院日数: plan 37.4日, result 36.2日, ○; 小国町
 * 職員給与比率 63.3 → 63.0, ○). Null when the grade agrees with either direction or says nothing.
 * @example gradeDirection('○', decimal('36.2'), decimal('37.4')) // 'decrease'
 */
export function gradeDirection(grade: string, actual: Decimal, target: Decimal): Direction | null {
  const order = compareDecimals(actual, target);
  const mark = grade.trim();
  if (MET.test(mark)) return order < 0 ? 'decrease' : null;
  if (MISSED.test(mark)) return order > 0 ? 'decrease' : null;
  return null;
}

/**
 * Whether a pass-or-fail grade proves the target a level to reach, though it lies below the
 * baseline (a decline held to a floor): × beside an actual below its target, which a level to
 * bring down would have met (矢掛町 地域再生計画 定住人口の増加: 15,581人 → target 15,471人, result
 * 14,922人 ×). A ○ beside an actual above such a target proves nothing: ○ may grade progress
 * (延べ床面積 299,963 → 264,000, 283,179 ○).
 * @example gradeProvesFloor('×', decimal('14922'), decimal('15471')) // true
 */
export function gradeProvesFloor(grade: string, actual: Decimal, target: Decimal): boolean {
  return MISSED.test(grade.trim()) && compareDecimals(actual, target) < 0;
}
