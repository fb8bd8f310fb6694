import type { Decimal } from './decimal.ts';
import { addDecimals } from './decimal.ts';
import type { FiscalYear } from './fiscal-year.ts';
import type { Basis, Kpi, YearFigure } from './model.ts';

/** The figure a rate is computed from, and the year it stands for. */
export interface MeasuredValue {
  readonly value: Decimal;
  readonly fiscalYear: FiscalYear;
}

/** The KPI's own yearly values: printed at KPI level, else the sum of its departments' (⑰). */
export function kpiYearValues(kpi: Kpi): ReadonlyMap<FiscalYear, Decimal> {
  // Asked once per rule an inference tries: kept per KPI, which is never changed in place.
  const known = yearValuesOf.get(kpi);
  if (known) return known;
  const values = yearValues(kpi);
  yearValuesOf.set(kpi, values);
  return values;
}

const yearValuesOf = new WeakMap<Kpi, ReadonlyMap<FiscalYear, Decimal>>();

function yearValues(kpi: Kpi): Map<FiscalYear, Decimal> {
  const values = new Map<FiscalYear, Decimal>();
  const rows: readonly (readonly YearFigure[])[] =
    kpi.actuals.some((a) => a.figure.value !== null) || kpi.departmentActuals.length === 0
      ? [kpi.actuals]
      : kpi.departmentActuals.map((d) => d.actuals);
  for (const row of rows) {
    for (const { fiscalYear, figure } of row) {
      if (figure.value === null) continue;
      const sofar = values.get(fiscalYear);
      values.set(fiscalYear, sofar === undefined ? figure.value : addDecimals(sofar, figure.value));
    }
  }
  return new Map([...values.entries()].sort((a, b) => a[0] - b[0]));
}

function yearsAfterBaseline(kpi: Kpi, upTo: FiscalYear): [FiscalYear, Decimal][] {
  const from = kpi.baseline?.fiscalYear ?? null;
  return [...kpiYearValues(kpi).entries()].filter(
    ([year]) => year <= upTo && (from === null || year > from),
  );
}

function latest(kpi: Kpi, year: FiscalYear): MeasuredValue | undefined {
  const entries = yearsAfterBaseline(kpi, year);
  const last = entries[entries.length - 1];
  return last ? { fiscalYear: last[0], value: last[1] } : undefined;
}

function periodSum(kpi: Kpi, year: FiscalYear): MeasuredValue | undefined {
  const entries = yearsAfterBaseline(kpi, year);
  if (entries.length === 0) return undefined;
  return { fiscalYear: year, value: addDecimals(...entries.map(([, value]) => value)) };
}

function cumulative(kpi: Kpi, year: FiscalYear): MeasuredValue | undefined {
  const printed = kpi.cumulativeActuals
    .filter((c) => c.fiscalYear <= year && c.figure.value !== null)
    .sort((a, b) => a.fiscalYear - b.fiscalYear)
    .at(-1);
  if (printed?.fiscalYear === year && printed.figure.value !== null) {
    return { fiscalYear: year, value: printed.figure.value };
  }
  const sum = periodSum(kpi, year);
  if (!sum) return kpi.baseline ? { fiscalYear: year, value: kpi.baseline.value } : undefined;
  return {
    fiscalYear: year,
    value: kpi.baseline ? addDecimals(kpi.baseline.value, sum.value) : sum.value,
  };
}

/**
 * The value a KPI's rate is measured on for a fiscal year under a basis.
 * latest: the year's actual (or the last one before it); cumulative: the printed cumulative row,
 * else baseline + the yearly actuals (⑩ 3 + 0 + 0 + 0 = 3); period-sum: the yearly actuals
 * added up (⑪ 3 + 8 + 4 = 15).
 */
export function measuredValue(kpi: Kpi, basis: Basis, year: FiscalYear): MeasuredValue | undefined {
  switch (basis) {
    case 'latest':
      return latest(kpi, year);
    case 'cumulative':
      return cumulative(kpi, year);
    case 'period-sum':
      return periodSum(kpi, year);
  }
}

/**
 * Whether a KPI has a figure of its own year: a yearly actual (its own or a department's) or
 * a printed cumulative figure. A year without one gets no rate in that year's report.
 */
export function reportedIn(kpi: Kpi, year: FiscalYear): boolean {
  const has = (series: readonly YearFigure[]) =>
    series.some((f) => f.fiscalYear === year && f.figure.value !== null);
  return (
    has(kpi.actuals) ||
    has(kpi.cumulativeActuals) ||
    kpi.departmentActuals.some((d) => has(d.actuals))
  );
}

/** The measured value for every year that has one, for trends and projections. */
export function measuredSeries(kpi: Kpi, basis: Basis): MeasuredValue[] {
  const years = new Set<FiscalYear>([
    ...kpiYearValues(kpi).keys(),
    ...kpi.cumulativeActuals.map((c) => c.fiscalYear),
  ]);
  return [...years]
    .sort((a, b) => a - b)
    .flatMap((year) => {
      const value =
        basis === 'latest' ? kpiYearValues(kpi).get(year) : measuredValue(kpi, basis, year)?.value;
      return value === undefined ? [] : [{ fiscalYear: year, value }];
    });
}
