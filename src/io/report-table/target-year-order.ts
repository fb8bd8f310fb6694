import type { FiscalYearContext } from '../../domain/fiscal-year.ts';
import { headerYear } from './column-role.ts';
import type { Column } from './header-map.ts';

/** The year each column's header names (spaces aside), by column index; absent when none. */
export type HeaderYears = ReadonlyMap<number, number>;

export function headerYears(columns: readonly Column[], context: FiscalYearContext): HeaderYears {
  const years = new Map<number, number>();
  for (const c of columns) {
    const year = headerYear(c.label.replace(/\s+/g, ''), context);
    if (year !== null) years.set(c.index, year);
  }
  return years;
}

/**
 * How a reading's target stands to its actuals in the years their headers name: a target is
 * set for a year after those it is measured in (大崎町 「KPI(平成 32 年3月まで)」 beside
 * 「KPI(平成 27 年度)」, 御所市 「平成32年」 beside 「23年度」 … 「25年度」). 1 when the target's
 * year is after every used actual's, -1 when it is before one of them, 0 when the headers do
 * not say. It breaks a tie between readings the printed rates cannot tell apart (a ratio read
 * either way round).
 */
export function targetYearOrder(
  targets: readonly number[],
  used: ReadonlySet<number>,
  years: HeaderYears,
): number {
  const target = targets.length === 1 ? years.get(targets[0] ?? -1) : undefined;
  if (target === undefined || used.size === 0) return 0;
  let after = true;
  for (const m of used) {
    const year = years.get(m);
    if (year === undefined) return 0;
    if (year > target) return -1;
    if (year === target) after = false;
  }
  return after ? 1 : 0;
}

/**
 * Whether a reading's actuals are of the year the rate's header names (兵庫県 「達成率(%) H24」 over
 * the rates of 「24年度 (実績)」, its plan headed by no year): 1 when the rate names a year and
 * every used actual's header names that year, else 0. It breaks a tie between a plan and its
 * result read either way round, where the words name neither.
 */
export function actualsOfRateYear(
  rate: number,
  used: ReadonlySet<number>,
  years: HeaderYears,
): number {
  const year = years.get(rate);
  if (year === undefined || used.size === 0) return 0;
  for (const m of used) if (years.get(m) !== year) return 0;
  return 1;
}
