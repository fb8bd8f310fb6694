import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { headerSpan, headerYear } from './column-role.ts';
import type { Column, HeaderMap } from './header-map.ts';
import { pairedRateYears } from './paired-year-rates.ts';

/**
 * One set of columns a rate is computed from. Most tables have one; a table printing the
 * whole period and a single year side by side (栗原市: 全体計画 and 平成22年度, each with its
 * own b/a×100) has one per block, and every row yields a KPI per group.
 */
export interface ColumnGroup {
  readonly label: string;
  readonly rate: Column | null;
  /** Rates of single years beside the KPI's own (いわき市 達成率 under 18年度), checked as such. */
  readonly yearRates: readonly YearRate[];
  readonly target: Column | null;
  /** Yearly milestone targets: every target column but the final year's. */
  readonly milestones: readonly Column[];
  readonly actuals: readonly Column[];
  readonly cumulative: readonly Column[];
  /** A year's actual is the sum of the group's actual columns for it. */
  readonly summed: boolean;
  /** Printed differences of the group's own (軽米町 純減実績 (H11-H16)); none but in a span's group. */
  readonly differences?: readonly Column[];
  /** The first year of the span the group's rate names (軽米町 H11): the base of its change. */
  readonly spanFrom?: FiscalYear;
  /**
   * Every group's KPI is named with its group's label, the first's too: a row's measures side by
   * side (健康教室（実施回数）, 健康教室（参加者数）), none of them the row's own.
   */
  readonly eachNamed?: true;
}

/** A rate column under a year: that year's actual against that year's milestone. */
export interface YearRate {
  readonly column: Column;
  readonly fiscalYear: FiscalYear;
}

/** A target naming no year beside yearly ones is the plan's (いわき市 the total's 計画額). */
const targetYear = (c: Column): number =>
  c.role.kind === 'target' ? (c.role.fiscalYear ?? Number.MAX_SAFE_INTEGER) : 0;

/**
 * The KPI's rate among several: the one whose header names no year (the period's), else the
 * latest year's (a KPI's lines 達成率 H28 … H30: the report year's); the others, each under its
 * year, are rates of single years.
 */
function ratesOf(rates: readonly Column[], header: HeaderMap): [Column | null, YearRate[]] {
  const paired = pairedRateYears(header.columns, header.context);
  const yearOf = (c: Column) =>
    paired?.get(c.index) ?? headerYear(c.label.replace(/\s+/g, ''), header.context);
  const latest = rates.reduce<Column | null>(
    (a, c) => (a === null || (yearOf(c) ?? -Infinity) > (yearOf(a) ?? -Infinity) ? c : a),
    null,
  );
  const own = rates.find((c) => yearOf(c) === null) ?? latest;
  const yearly = rates.flatMap((column) => {
    const fiscalYear = yearOf(column);
    return column === own || fiscalYear === null ? [] : [{ column, fiscalYear }];
  });
  return [own, yearly];
}

const is = (kind: Column['role']['kind']) => (c: Column) => c.role.kind === kind;

/**
 * Rates each naming a span of years of its own (軽米町 純減率 (H11-H16) and (H17-H22), each a
 * cut over its span's first year): a group per span, of the actuals of its years, so that every
 * row yields a KPI per span. Empty unless two or more rates, and every rate, name distinct spans.
 */
function spanGroups(header: HeaderMap): ColumnGroup[] {
  const rates = header.columns.filter(is('rate'));
  const spans = rates.map((c) => headerSpan(c.label, header.context));
  if (rates.length < 2 || new Set(spans.map((s) => s?.text ?? null)).size !== rates.length)
    return [];
  return rates.flatMap((rate, i) => {
    const span = spans[i];
    if (!span) return [];
    const inSpan = (c: Column) =>
      c.role.kind === 'actual' &&
      c.role.fiscalYear !== null &&
      c.role.fiscalYear >= span.from &&
      c.role.fiscalYear <= span.to;
    return [
      {
        label: span.text,
        rate,
        yearRates: [],
        target: null,
        milestones: [],
        actuals: header.columns.filter(inSpan),
        cumulative: [],
        summed: false,
        spanFrom: span.from,
        differences: header.columns.filter(
          (c) =>
            c.role.kind === 'difference' && headerSpan(c.label, header.context)?.text === span.text,
        ),
      },
    ];
  });
}

/**
 * Splits the value columns into rate groups: one per block whose rate states a formula, else one
 * per span of years a rate names ({@link spanGroups}), then the rest.
 */
export function columnGroups(header: HeaderMap): ColumnGroup[] {
  const columns = header.columns;
  const byRate = rateGroups(columns);
  if (byRate.length > 1) return byRate;
  const formulaRates = columns.filter(
    (c) => c.role.kind === 'rate' && c.role.formula !== null && c.block !== '',
  );
  const blocks = [...new Set(formulaRates.map((c) => c.block))];
  const groups: ColumnGroup[] =
    blocks.length > 1
      ? blocks.map((block) => {
          const inBlock = columns.filter((c) => c.block === block);
          return {
            label: block,
            rate: inBlock.find(is('rate')) ?? null,
            yearRates: [],
            target: inBlock.find(is('target')) ?? null,
            milestones: [],
            actuals: inBlock.filter(is('actual')),
            cumulative: inBlock.filter(is('cumulative')),
            summed: false,
          };
        })
      : spanGroups(header);
  const claimed = new Set(
    groups.flatMap((g) => [g.rate, g.target, ...g.milestones, ...g.actuals, ...g.cumulative]),
  );
  const rest = columns.filter((c) => !claimed.has(c));
  const actuals = rest.filter(is('actual'));
  const [rate, yearRates] = ratesOf(rest.filter(is('rate')), header);
  const targets = rest.filter(is('target'));
  const target = targets.reduce<Column | null>(
    (final, c) => (final === null || targetYear(c) >= targetYear(final) ? c : final),
    null,
  );
  const milestones = targets.filter((c) => c !== target && targetYear(c) > 0);
  if (groups.length === 0 || actuals.length > 0 || rate !== null || target !== null) {
    groups.unshift({
      label: '',
      rate,
      yearRates,
      target,
      milestones,
      actuals,
      cumulative: rest.filter(is('cumulative')),
      summed: header.summedActuals ?? false,
    });
  }
  return groups;
}

/**
 * The groups the role search found, each a rate and the figures before it it is reckoned on
 * (`Column.rateGroup`), in the order printed; empty when it found none.
 */
function rateGroups(columns: readonly Column[]): ColumnGroup[] {
  const labels = [...new Set(columns.flatMap((c) => (c.rateGroup ? [c.rateGroup] : [])))];
  return labels.map((label) => {
    const inGroup = columns.filter((c) => c.rateGroup === label);
    return {
      label,
      rate: inGroup.find(is('rate')) ?? null,
      yearRates: [],
      target: inGroup.find(is('target')) ?? null,
      milestones: [],
      actuals: inGroup.filter(is('actual')),
      cumulative: inGroup.filter(is('cumulative')),
      summed: false,
      eachNamed: true,
    };
  });
}

/** The group of each column that belongs to one, by column index. */
export function groupIndex(groups: readonly ColumnGroup[]): Map<number, number> {
  const index = new Map<number, number>();
  groups.forEach((g, n) => {
    const yearly = g.yearRates.map((r) => r.column);
    const differences = g.differences ?? [];
    for (const c of [
      g.rate,
      ...yearly,
      g.target,
      ...g.milestones,
      ...g.actuals,
      ...g.cumulative,
      ...differences,
    ])
      if (c !== null && !index.has(c.index)) index.set(c.index, n);
  });
  return index;
}
