import type { ReportRow } from '../../domain/plan-report.ts';
import { groupDigits } from '../../domain/digit-grouping.ts';
import type { Lang } from '../i18n/i18n.ts';

/** A figure with its unit: "2,102 件", "8.39 億円", "39.5%". */
export function withUnit(text: string, unit: string): string {
  if (text === '' || unit === '') return groupDigits(text);
  return unit === '%' ? `${groupDigits(text)}%` : `${groupDigits(text)} ${unit}`;
}

/**
 * An estimate (a projection, never a printed figure), to at most two decimals, or as a whole
 * number for a KPI that counts in whole numbers (③ 活用件数: "0 回", never "0.33 回").
 */
export function formatEstimate(value: number, lang: Lang, wholeNumbers = false): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'ja-JP', {
    maximumFractionDigits: wholeNumbers || Math.abs(value) >= 100 ? 0 : 2,
  }).format(value);
}

/**
 * Whether a KPI counts in whole numbers: it has figures, every one of them (baseline, actuals,
 * target, as entered) is an integer, and its unit is not a percentage (39.5% is a share, 12 回 a
 * count).
 */
export function countsWholeNumbers(figures: readonly (string | null)[], unit: string): boolean {
  const known = figures.filter((f): f is string => f !== null);
  if (unit === '%' || unit === '％' || known.length === 0) return false;
  return known.every((f) => /^-?\d+$/.test(f));
}

/** countsWholeNumbers over a report row's own figures: baseline, target, actuals, 累計, departments'. */
export function rowCountsWholeNumbers(row: ReportRow): boolean {
  const figures = [
    ...row.actuals,
    ...(row.cumulativeRow ?? []),
    ...row.departmentRows.flatMap((d) => d.actuals),
  ].map((f) => f?.value ?? null);
  return countsWholeNumbers(
    [row.baseline?.value ?? null, row.target?.value ?? null, ...figures],
    row.unit,
  );
}
