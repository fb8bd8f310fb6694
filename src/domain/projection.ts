import { toNumber } from './decimal.ts';
import type { FiscalYear } from './fiscal-year.ts';
import { keptDecimals } from './kept-decimals.ts';
import { measuredSeries } from './measured-value.ts';
import type { Kpi } from './model.ts';

/** Where a KPI's linear trend lands in its target year, and whether that meets the target. */
export interface Projection {
  readonly targetYear: FiscalYear;
  /** The trend's value in the target year (a float: an estimate, never a printed figure). */
  readonly projectedValue: number;
  /**
   * The value as the KPI writes its figures (issue 23): rounded to its own decimals (⑳ 回 whole:
   * not 「0.23 回」, ⑯ 億円 two places), or null where the line says nothing — a falling count
   * stopped at zero (① 2, 1, 1 件: 見込みなし, not 「0 件」).
   */
  readonly projectedText: string | null;
  /** The projected achievement ratio (1 = 100%). */
  readonly projectedRatio: number;
  readonly onCourse: boolean;
  /** The yearly change of the trend. */
  readonly slope: number;
}

function leastSquares(points: readonly (readonly [number, number])[]): {
  slope: number;
  intercept: number;
} {
  const n = points.length;
  const meanX = points.reduce((s, [x]) => s + x, 0) / n;
  const meanY = points.reduce((s, [, y]) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of points) {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

/** Whether a projected value meets the target, compared directly so a trend below zero still counts. */
function onCourseFor(kpi: Kpi, projected: number, target: number, ratio: number): boolean {
  if (kpi.formula === 'progress') return ratio >= 1;
  switch (kpi.direction) {
    case 'increase':
      return projected >= target;
    case 'decrease':
      return projected <= target;
    case 'maintain':
      return Math.abs(projected - target) <= Math.abs(target) * 0.05;
  }
}

/**
 * Projects a KPI to its target year along the least-squares line through its measured values
 * up to `year` (with the baseline as a point for the latest basis), and flags a KPI whose trend
 * misses the target. ③ 64 → 58, 85, 60 against 100 by R8 is off course.
 * Undefined without a target, a target year, or two points.
 */
export function projectKpi(
  kpi: Kpi,
  year: FiscalYear,
  planEnd: FiscalYear | null,
): Projection | undefined {
  const target = kpi.target;
  const targetYear = target?.fiscalYear ?? planEnd;
  if (!target || targetYear === null) return undefined;
  const points: [number, number][] = measuredSeries(kpi, kpi.basis)
    .filter((m) => m.fiscalYear <= year)
    .map((m) => [m.fiscalYear, toNumber(m.value)]);
  const baseline = kpi.baseline;
  if (
    kpi.basis === 'latest' &&
    baseline?.fiscalYear != null &&
    !points.some(([x]) => x === baseline.fiscalYear)
  ) {
    points.unshift([baseline.fiscalYear, toNumber(baseline.value)]);
  }
  if (points.length < 2) return undefined;
  const { slope, intercept } = leastSquares(points);
  // A count never goes below zero: a falling trend of 件 or 人 stops at 0 (① 2, 1, 1 → not −0.67).
  const nonNegative = points.every(([, y]) => y >= 0);
  const trendValue = intercept + slope * targetYear;
  const projectedValue = nonNegative ? Math.max(0, trendValue) : trendValue;
  const targetValue = toNumber(target.value);
  const base = baseline ? toNumber(baseline.value) : 0;
  let projectedRatio: number;
  if (kpi.formula === 'progress') {
    projectedRatio =
      targetValue === base ? Number.NaN : (projectedValue - base) / (targetValue - base);
  } else if (kpi.formula === 'gap' || kpi.formula === 'deviation') {
    const gap = targetValue === 0 ? Number.NaN : (targetValue - projectedValue) / targetValue;
    projectedRatio = kpi.formula === 'gap' ? gap : -gap;
  } else if (kpi.formula === 'two-minus-ratio') {
    projectedRatio = targetValue === 0 ? Number.NaN : 2 - projectedValue / targetValue;
  } else if (kpi.formula === 'change' || kpi.formula === 'reduction') {
    // A change against the base year, as the KPI prints it (八頭町 ▲5.56% by H32).
    const change = base === 0 ? Number.NaN : (projectedValue - base) / base;
    projectedRatio = kpi.formula === 'change' ? change : -change;
  } else if (kpi.direction === 'decrease') {
    projectedRatio = projectedValue === 0 ? Number.POSITIVE_INFINITY : targetValue / projectedValue;
  } else {
    projectedRatio = targetValue === 0 ? Number.NaN : projectedValue / targetValue;
  }
  const onCourse = onCourseFor(kpi, projectedValue, targetValue, projectedRatio);
  const stoppedAtZero = nonNegative && trendValue <= 0 && slope < 0;
  const projectedText = stoppedAtZero ? null : projectedValue.toFixed(keptDecimals(kpi));
  return { targetYear, projectedValue, projectedText, projectedRatio, onCourse, slope };
}
