import type { GradeScale } from './grade-scale.ts';
import { DEFAULT_GRADE_SCALE, gradeFor, gradeLabel, gradeScale } from './grade-scale.ts';
import type { Ratio } from './ratio.ts';
import { compareRatios } from './ratio.ts';

/** A grade a table printed for a KPI, beside the ratio Mieruka computes for it. */
export interface PrintedGradePair {
  readonly grade: string;
  readonly ratio: Ratio;
}

/** The orders grades are printed in, best first; a table's grades all belong to one. */
const ORDERS: readonly (readonly string[])[] = [
  ['S', 'A', 'B', 'C', 'D', 'E'],
  ['◎', '○', '△', '×'],
  ['達成', '概ね達成', '未達成'],
  ['順調', '概ね順調', 'やや遅れ', '遅れ'],
];

/** The cuts a scale's boundaries take where no printed grade settles them, best first. */
const USUAL_CUTS = [100, 80, 60, 40, 20];

/** Cuts worth trying for a boundary, round ones first: tens, then fives. */
const CANDIDATE_CUTS = [
  ...Array.from({ length: 20 }, (_, i) => 200 - i * 10),
  ...Array.from({ length: 20 }, (_, i) => 195 - i * 10),
];

const percent = (cut: number): Ratio => ({ numerator: BigInt(cut), denominator: 100n });

/**
 * The grading scale a table's printed grades follow, read off them as its rates are read off
 * the figures: where a table prints grades and no legend, the grades of its KPIs beside their
 * computed ratios say where each grade begins (a city whose A starts at 90%: 92.0% printed A).
 * Each boundary between two grades takes the round cut (a ten, else a five) nearest the usual
 * one (100, 80, 60) that no printed grade contradicts; a boundary no grade settles keeps the
 * usual cut. Null when the default A–D scale already agrees with every printed grade, when
 * fewer than three KPIs print one, when the grades are of no one order (A–E, ◎○△×, 達成…,
 * 順調…), or when no cuts agree with them all.
 * @example scaleFromPrintedGrades([{ grade: 'A', ratio: 92% }, { grade: 'B', ratio: 85% }, …])
 */
export function scaleFromPrintedGrades(pairs: readonly PrintedGradePair[]): GradeScale | null {
  const read = pairs.map((p) => ({ grade: gradeLabel(p.grade), ratio: p.ratio }));
  if (read.length < 3) return null;
  if (read.every((p) => gradeFor(p.ratio, DEFAULT_GRADE_SCALE) === p.grade)) return null;
  const order = ORDERS.find((o) => read.every((p) => o.includes(p.grade)));
  if (order === undefined) return null;
  const rank = (grade: string) => order.indexOf(grade);
  const best = Math.min(...read.map((p) => rank(p.grade)));
  const worst = Math.max(...read.map((p) => rank(p.grade)));
  // Letters: from A (S only when printed) down to D at least (E only when printed); others
  // whole. A table whose best printed grade is B still has an A above it: 94.6% printed B is no
  // sign that 110% would be B too.
  const letters = order[0] === 'S';
  const last = letters ? Math.max(worst, order.indexOf('D')) : order.length - 1;
  const first = letters ? Math.min(best, order.indexOf('A')) : 0;
  const labels = order.slice(first, last + 1);
  const cuts: number[] = [];
  for (let b = 0; b < labels.length - 1; b += 1) {
    const boundary = first + b;
    // Ratios graded at this boundary's better side or above must reach the cut; below, not.
    const above = read.filter((p) => rank(p.grade) <= boundary).map((p) => p.ratio);
    const below = read.filter((p) => rank(p.grade) > boundary).map((p) => p.ratio);
    // A scale with S above A: S for beyond the target (120%), A from it.
    const usual = (labels[0] === 'S' ? [120, ...USUAL_CUTS] : USUAL_CUTS)[b] ?? 0;
    const ceiling = cuts.at(-1) ?? Number.POSITIVE_INFINITY;
    const fits = (cut: number) =>
      cut < ceiling &&
      above.every((r) => compareRatios(r, percent(cut)) >= 0) &&
      below.every((r) => compareRatios(r, percent(cut)) < 0);
    const cut = [usual, ...nearest(usual)].find(fits);
    if (cut === undefined) return null;
    cuts.push(cut);
  }
  return gradeScale(labels, cuts);
}

/** The candidate cuts, tens before fives, each nearest the usual one first. */
function nearest(usual: number): number[] {
  const byDistance = (a: number, b: number) => Math.abs(a - usual) - Math.abs(b - usual);
  const tens = CANDIDATE_CUTS.filter((c) => c % 10 === 0 && c > 0).sort(byDistance);
  const fives = CANDIDATE_CUTS.filter((c) => c % 10 !== 0 && c > 0).sort(byDistance);
  return [...tens, ...fives];
}
