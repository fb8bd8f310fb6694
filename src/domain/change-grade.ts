import type { Decimal } from './decimal.ts';
import { compareDecimals, toNumber } from './decimal.ts';
import type { FiscalYear } from './fiscal-year.ts';
import { measuredValue } from './measured-value.ts';
import type { Kpi } from './model.ts';

/**
 * How a KPI's latest figure stands against its target and its baseline: what a 健康増進計画's
 * evaluation grades by (健康日本21's a 目標値に達した, b 目標値に達していないが改善傾向にある,
 * c 変わらない, d 悪化している), no rate bounding any grade.
 */
export const CHANGE_CLASSES = ['reached', 'improved', 'unchanged', 'worsened'] as const;
export type ChangeClass = (typeof CHANGE_CLASSES)[number];

/**
 * Grades a legend defines by how the figure moved: each grade's class, best first, and the band
 * of change from the baseline read as unchanged (a share: 0.01 = 1%), the one that reproduces
 * the most printed grades.
 */
export interface ChangeGrading {
  readonly grades: readonly { readonly label: string; readonly change: ChangeClass }[];
  readonly unchangedWithin: number;
}

/** A KPI's latest figure and the baseline and target it is judged against. */
export interface ChangeFigures {
  readonly measured: Decimal;
  readonly baseline: Decimal | null;
  readonly target: Decimal | null;
  readonly direction: Kpi['direction'];
}

/** The figures a KPI is judged by in a year; null when it has no figure by then. */
export function changeFigures(kpi: Kpi, year: FiscalYear): ChangeFigures | null {
  const measured = measuredValue(kpi, 'latest', year);
  if (measured === undefined) return null;
  return {
    measured: measured.value,
    baseline: kpi.baseline?.value ?? null,
    target: kpi.target?.value ?? null,
    direction: kpi.direction,
  };
}

/**
 * The change from the baseline as a share of it, signed so that better is positive (a fall of
 * a decrease KPI is a gain); the plain difference where the baseline is zero. Null with no
 * baseline.
 */
export function changeFromBaseline(f: ChangeFigures): number | null {
  if (f.baseline === null) return null;
  const [m, b] = [toNumber(f.measured), toNumber(f.baseline)];
  const change = b === 0 ? m - b : (m - b) / Math.abs(b);
  return f.direction === 'decrease' ? -change : change;
}

/**
 * The class of a KPI's latest figure: reached where it meets the target (at or above it, at or
 * below for a decrease KPI); else improved or worsened by its change from the baseline, and
 * unchanged where that change is within `unchangedWithin` of the baseline (a share: 0.01 = 1%;
 * 0, the same figure). Null where neither target nor baseline can tell.
 */
export function changeClass(f: ChangeFigures, unchangedWithin: number): ChangeClass | null {
  if (f.target !== null) {
    const side = compareDecimals(f.measured, f.target);
    if (f.direction === 'decrease' ? side <= 0 : side >= 0) return 'reached';
  }
  const change = changeFromBaseline(f);
  if (change === null) return null;
  if (Math.abs(change) <= unchangedWithin + 1e-12) return 'unchanged';
  return change > 0 ? 'improved' : 'worsened';
}

/**
 * The band of change read as unchanged that reproduces the most printed classes: the largest
 * change printed as unchanged where every change printed as improved or worsened is larger (the
 * table's threshold lies between them), else the band of the most matches, the narrowest of
 * as many. 0 where nothing is printed unchanged.
 */
export function unchangedBand(
  printed: readonly { readonly change: number; readonly printed: ChangeClass }[],
): number {
  const judged = printed.filter((p) => p.printed !== 'reached');
  const bands = [
    0,
    ...judged.filter((p) => p.printed === 'unchanged').map((p) => Math.abs(p.change)),
  ];
  const matches = (band: number) =>
    judged.filter((p) =>
      Math.abs(p.change) <= band + 1e-12
        ? p.printed === 'unchanged'
        : p.printed === (p.change > 0 ? 'improved' : 'worsened'),
    ).length;
  let best = 0;
  for (const band of [...bands].sort((a, b) => a - b))
    if (matches(band) > matches(best)) best = band;
  return best;
}
