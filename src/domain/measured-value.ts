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
  return new Map(yearSeries(kpi).map((m) => [m.fiscalYear, m.value]));
}

/**
 * {@link kpiYearValues} as a list in year order. Made anew each time it is asked (a few figures
 * a KPI): a cache per KPI cost more than it saved on a 5,000-KPI table.
 */
function yearSeries(kpi: Kpi): readonly MeasuredValue[] {
  const own =
    kpi.actuals.some((a) => a.figure.value !== null) || kpi.departmentActuals.length === 0;
  const series: MeasuredValue[] = [];
  if (own) addFigures(series, kpi.actuals);
  else for (const d of kpi.departmentActuals) addFigures(series, d.actuals);
  // Printed left to right, the years come in order: sorted only when they do not.
  return inOrder(series) ? series : series.sort((a, b) => a.fiscalYear - b.fiscalYear);
}

/** Adds a row's figures to the series, a year already there summed (⑰'s departments). */
function addFigures(series: MeasuredValue[], row: readonly YearFigure[]): void {
  for (const { fiscalYear, figure } of row) {
    if (figure.value === null) continue;
    const at = series.findIndex((m) => m.fiscalYear === fiscalYear);
    const sofar = series[at];
    if (sofar) series[at] = { fiscalYear, value: addDecimals(sofar.value, figure.value) };
    else series.push({ fiscalYear, value: figure.value });
  }
}

function inOrder(series: readonly MeasuredValue[]): boolean {
  for (let i = 1; i < series.length; i += 1)
    if ((series[i - 1]?.fiscalYear ?? 0) > (series[i]?.fiscalYear ?? 0)) return false;
  return true;
}

/** Whether a year counts towards a rate of `upTo`: after the baseline's year, not after upTo. */
const countsTowards = (year: FiscalYear, upTo: FiscalYear, from: FiscalYear | null): boolean =>
  year <= upTo && (from === null || year > from);

// Loops over the series rather than arrays of its entries: these run for every rule an
// inference tries, on every KPI of a table, and those arrays were most of what an import
// allocated (issue 24's bench).
function latest(kpi: Kpi, year: FiscalYear): MeasuredValue | undefined {
  const from = kpi.baseline?.fiscalYear ?? null;
  const own = latestOwn(kpi.actuals, year, from);
  if (own !== 'series') return own;
  let found: MeasuredValue | undefined;
  for (const measured of yearSeries(kpi))
    if (countsTowards(measured.fiscalYear, year, from)) found = measured;
  return found;
}

/**
 * {@link latest} read straight off the KPI's own actuals, with no series built (most KPIs, on
 * every rule an inference tries); 'series' where the series must decide: no own figure (the
 * departments' sum then), or the latest year printed twice (summed).
 */
function latestOwn(
  actuals: readonly YearFigure[],
  year: FiscalYear,
  from: FiscalYear | null,
): MeasuredValue | undefined | 'series' {
  let found: YearFigure | undefined;
  let any = false;
  let twice = false;
  for (const actual of actuals) {
    if (actual.figure.value === null) continue;
    any = true;
    if (!countsTowards(actual.fiscalYear, year, from)) continue;
    if (found?.fiscalYear === actual.fiscalYear) twice = true;
    else if (found === undefined || actual.fiscalYear > found.fiscalYear) {
      found = actual;
      twice = false;
    }
  }
  if (!any || twice) return 'series';
  return found?.figure.value == null
    ? undefined
    : { fiscalYear: found.fiscalYear, value: found.figure.value };
}

function periodSum(kpi: Kpi, year: FiscalYear): MeasuredValue | undefined {
  const from = kpi.baseline?.fiscalYear ?? null;
  const values: Decimal[] = [];
  for (const { fiscalYear, value } of yearSeries(kpi))
    if (countsTowards(fiscalYear, year, from)) values.push(value);
  if (values.length === 0) return undefined;
  return { fiscalYear: year, value: addDecimals(...values) };
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
 * added up (⑪ 3 + 8 + 4 = 15); the bases on the yearly plans measure as latest and period-sum
 * do (their target is the year's plan, or the plans summed: `rate-target.ts`).
 */
export function measuredValue(kpi: Kpi, basis: Basis, year: FiscalYear): MeasuredValue | undefined {
  switch (basis) {
    case 'latest':
    case 'milestone':
      return latest(kpi, year);
    case 'cumulative':
      return cumulative(kpi, year);
    case 'period-sum':
    case 'milestone-sum':
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
  const yearly = kpiYearValues(kpi);
  const years = new Set<FiscalYear>([
    ...yearly.keys(),
    ...kpi.cumulativeActuals.map((c) => c.fiscalYear),
  ]);
  return [...years]
    .sort((a, b) => a - b)
    .flatMap((year) => {
      const value = basis === 'latest' ? yearly.get(year) : measuredValue(kpi, basis, year)?.value;
      return value === undefined ? [] : [{ fiscalYear: year, value }];
    });
}
