import type { Column } from './header-map.ts';
import { withMeasureAtYear } from './measure-at-year.ts';

/** 現況 or 現状 (現況値, 現状値, 現況 2002年): the state of things when the table was written. */
const PRESENT = /現況|現状/;

/**
 * Reads a column of the present state by what stands beside it. Alone, it is where the plan
 * starts, its baseline (明和町 「現況 2002年」 beside the mid-term target); beside a baseline
 * printed under other words (栃木県 「設定時の値」 | 「現況値」), or beside the rates of a table
 * with no column of actuals (目標 | 現状 | 達成率: what the rates measure), it is the latest
 * actual, the state the plan has reached. Columns whose words gave no baseline are left as they
 * are.
 */
export function withPresentState(all: readonly Column[]): Column[] {
  // The same measure as the baseline's at a later year is what stands beside it, read first
  // (`measure-at-year.ts`).
  const columns = withMeasureAtYear(all);
  // Spaces aside: 岡山県 prints 「現 況 (H23)」.
  const isPresent = (c: Column) =>
    c.role.kind === 'baseline' && PRESENT.test(c.label.replace(/\s+/g, ''));
  const present = columns.filter(isPresent);
  const otherBaseline = columns.some((c) => c.role.kind === 'baseline' && !isPresent(c));
  const measured =
    columns.some((c) => c.role.kind === 'rate') &&
    !columns.some((c) => c.role.kind === 'actual' || c.role.kind === 'cumulative');
  if (present.length === 0 || !(otherBaseline || measured)) return [...columns];
  return columns.map((c) =>
    isPresent(c)
      ? {
          ...c,
          role: { kind: 'actual', fiscalYear: 'fiscalYear' in c.role ? c.role.fiscalYear : null },
          because: `${c.because}, beside ${otherBaseline ? 'the baseline' : 'the rates'}: the present state reached`,
        }
      : c,
  );
}
