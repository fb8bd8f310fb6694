import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { Column } from './header-map.ts';
import { isYearSpan } from './year-span.ts';

/** The first and last year of a header that is a span of years alone (「H27〜H31」), or null. */
function spanEnds(label: string): { from: FiscalYear; to: FiscalYear } | null {
  if (!isYearSpan(label)) return null;
  const [from, to] = label
    .normalize('NFKC')
    .trim()
    .split(/[~〜～\-–−]/)
    .map((end) => parseFiscalYear(end));
  return from === undefined || to === undefined || from >= to ? null : { from, to };
}

/**
 * A column headed by the plan's period alone, no word (出雲市 総合戦略 進捗状況: 数値目標 |
 * 「H27〜H31」 | 「H28 実績値」, 「雇用創出数 | 1,000 | 累計515人」), beside actuals of a year inside
 * the period and before its end, in a table with no target column, holds what the period is
 * to reach: the target, of the period's last year. A table with a target column, actuals of no
 * year or of the period's end or later, or more than one such column, is left as it is.
 */
export function withSpanTarget(columns: readonly Column[]): Column[] {
  if (columns.some((c) => c.role.kind === 'target')) return [...columns];
  const spans = columns.filter((c) => c.role.kind === 'other' && spanEnds(c.label) !== null);
  const span = spans.length === 1 ? spans[0] : undefined;
  const ends = span === undefined ? null : spanEnds(span.label);
  if (span === undefined || ends === null) return [...columns];
  const years = columns.flatMap((c) =>
    c.role.kind === 'actual' && c.role.fiscalYear !== null ? [c.role.fiscalYear] : [],
  );
  if (years.length === 0 || years.some((y) => y < ends.from || y >= ends.to)) return [...columns];
  return columns.map((c) =>
    c === span
      ? {
          ...c,
          role: { kind: 'target', fiscalYear: ends.to },
          because: `the plan's period "${c.label}" alone, beside actuals inside it: what the period is to reach`,
        }
      : c,
  );
}
