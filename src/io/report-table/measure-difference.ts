import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { Column } from './header-map.ts';

/** A difference named after what it measures: 廿日市市 「延べ床面積差し引き (平方メートル)」. */
const MEASURE_DIFFERENCE = /^([^\d\s()（）]{2,10}?)(?:差し引き|差引き?)/;

const squeezed = (label: string) => label.normalize('NFKC').replace(/\s+/g, '');
const yearOf = (c: Column): FiscalYear | null =>
  c.role.kind === 'actual' ? c.role.fiscalYear : null;

/**
 * Reads columns of counts by date through the difference that names what it measures: under
 * each date (廿日市市 「平成23年度末現在」, 「平成29年度末現在」) the table prints several counts
 * (施設数, 延べ床面積, 割合), and 「延べ床面積差し引き」 says which one the table follows. That
 * count is the KPI's figure, its earliest date the baseline the difference starts from (the
 * change of the latest from it); the other counts of the same dates are kept beside it as
 * printed. Columns are left as they are unless every date has exactly one column of the measure
 * and one other at least.
 */
export function withMeasureDifference(columns: readonly Column[]): Column[] {
  // The cheap test first: a difference column named after a measure (header words only).
  const difference = columns.find((c) => c.role.kind === 'difference');
  const measure = difference ? MEASURE_DIFFERENCE.exec(squeezed(difference.label))?.[1] : null;
  if (!difference || !measure) return [...columns];
  const dated = columns.filter((c) => yearOf(c) !== null);
  const years = [...new Set(dated.map(yearOf))].sort((a, b) => (a ?? 0) - (b ?? 0));
  const isMeasure = (c: Column) => squeezed(c.label).includes(measure);
  const single = years.every(
    (y) => dated.filter((c) => yearOf(c) === y && isMeasure(c)).length === 1,
  );
  if (years.length < 2 || !single || dated.every(isMeasure)) return [...columns];
  const quoted = `"${measure}"`;
  const named = `("${squeezed(difference.label)}")`;
  return columns.map((c) => {
    const year = yearOf(c);
    if (year === null) return c;
    if (!isMeasure(c))
      return {
        ...c,
        role: { kind: 'other' },
        because: `a count beside ${quoted}, the figure its difference ${named} is of`,
      };
    if (year !== years[0]) return c;
    return {
      ...c,
      role: { kind: 'baseline', fiscalYear: year },
      because: `the earliest count of ${quoted}: the start of its difference ${named}`,
    };
  });
}
