import type { TrendPoint } from '../../../domain/api-contract.ts';
import type { Lang } from '../../i18n/i18n.ts';
import type { MessageKey } from '../../i18n/messages-ja.ts';
import { formatEstimate } from '../../format/number-text.ts';

export const KIND_LABELS = {
  baseline: 'seriesBaseline',
  actual: 'seriesActual',
  target: 'seriesTarget',
  projection: 'seriesProjection',
} as const satisfies Record<TrendPoint['kind'], MessageKey>;

const KIND_ORDER: readonly TrendPoint['kind'][] = ['baseline', 'actual', 'target', 'projection'];

/** Trend points by year, then baseline, actual, target, projection: the order of the data table. */
export function orderedPoints(points: readonly TrendPoint[]): TrendPoint[] {
  return [...points].sort(
    (a, b) =>
      a.fiscalYear - b.fiscalYear || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
}

/**
 * A trend value for reading: printed figures as they are, a projection to two decimals (whole for
 * a KPI counted in whole numbers).
 */
export function trendValue(point: TrendPoint, lang: Lang, wholeNumbers = false): string {
  if (point.kind === 'projection') return formatEstimate(point.value, lang, wholeNumbers);
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'ja-JP', {
    maximumFractionDigits: 6,
  }).format(point.value);
}
