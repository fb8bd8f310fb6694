import { GRADE_MARKS } from '../../domain/grade-scale.ts';

/** 「◎：目標達成」, 「A：目標値に達した」: the best grade, a rate of 100% and above. */
const REACHED = new RegExp(`(${GRADE_MARKS})\\s*[:：=＝]\\s*目標(?:値)?(?:を|に)?(?:達成|達した)`);

/** 「×：悪化」, 「E：悪化している」: the worst grade, the figure gone the wrong way, a rate under 0%. */
const WORSENED = new RegExp(`(${GRADE_MARKS})\\s*[:：=＝]\\s*悪化`);

/** A legend's cuts by rate: each grade and the least rate earning it, best first. */
export interface LegendCut {
  readonly label: string;
  readonly cut: number;
}

/**
 * The ends of a 健康増進計画's legend that name no rate (「※評価 ◎：目標達成 ○：50%以上 △：50%未満
 * ×：悪化」): a grade for the target reached before the cuts is the one of 100% and above, and a
 * grade for the figure worsened after the grade under the least cut leaves that grade the rates
 * from 0% (progress from the baseline: under 0% is worse than at the start). Returns the cuts
 * and the labels with the ends added, or null where the legend has no such end, or one out of
 * its place (the reached grade after a cut, a 100% cut printed already).
 */
export function withWordedEnds(
  normal: string,
  cuts: readonly LegendCut[],
  under: { readonly label: string; readonly at: number },
): { cuts: LegendCut[]; labels: string[] } | null {
  if (!normal.includes('目標') && !normal.includes('悪化')) return null;
  const reached = REACHED.exec(normal);
  const worsened = WORSENED.exec(normal);
  if (reached === null && worsened === null) return null;
  const all = [...cuts];
  const labels = [...cuts.map((c) => c.label), under.label];
  if (reached?.[1] !== undefined) {
    if ((cuts[0]?.cut ?? 100) >= 100 || reached.index > normal.indexOf(cuts[0]?.label ?? ''))
      return null;
    all.unshift({ label: reached[1], cut: 100 });
    labels.unshift(reached[1]);
  }
  if (worsened?.[1] !== undefined) {
    if (worsened.index < under.at) return null;
    all.push({ label: under.label, cut: 0 });
    labels.push(worsened[1]);
  }
  return new Set(labels).size === labels.length ? { cuts: all, labels } : null;
}
