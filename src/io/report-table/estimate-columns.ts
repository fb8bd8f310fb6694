import type { Column } from './header-map.ts';

/** An estimate (見込, 見込み, (見込)), not a plan's volume (見込量, read as the plan). */
const ESTIMATE = /見込(?!量)/;

const yearOf = (c: Column) =>
  c.role.kind === 'actual' && 'fiscalYear' in c.role ? c.role.fiscalYear : null;

/**
 * An estimate of a year that another column gives the count of is no second actual of that
 * year (小矢部市 総合計画 「平成15年9月30日現在」 | 「平成15年末見込」: the count part-way through
 * the year and the year's estimate, once added up as two departments' figures): it is kept as
 * printed under its header. An estimate alone for its year stays that year's actual.
 */
export function withEstimateColumns(columns: readonly Column[]): Column[] {
  const measured = new Set(
    columns.filter((c) => yearOf(c) !== null && !ESTIMATE.test(c.label)).map(yearOf),
  );
  if (measured.size === 0) return [...columns];
  return columns.map((c) => {
    const year = yearOf(c);
    if (year === null || !measured.has(year) || !ESTIMATE.test(c.label)) return c;
    return {
      ...c,
      role: { kind: 'other' },
      because: `${c.because}, an estimate beside the year's count: kept as printed`,
    };
  });
}
