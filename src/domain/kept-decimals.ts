import type { Decimal } from './decimal.ts';
import type { Kpi } from './model.ts';

/** Decimal places a decimal is written with: "8.39" → 2, "264000" → 0. */
export function decimalPlaces(value: Decimal): number {
  const point = value.indexOf('.');
  return point === -1 ? 0 : value.length - point - 1;
}

/** The most decimal places the KPI's own figures use (baseline, target and every actual). */
export function keptDecimals(kpi: Kpi): number {
  const values: Decimal[] = [];
  if (kpi.baseline) values.push(kpi.baseline.value);
  if (kpi.target) values.push(kpi.target.value);
  for (const series of [
    kpi.actuals,
    kpi.cumulativeActuals,
    ...kpi.departmentActuals.map((d) => d.actuals),
  ]) {
    for (const { figure } of series) if (figure.value !== null) values.push(figure.value);
  }
  return Math.max(0, ...values.map(decimalPlaces));
}
