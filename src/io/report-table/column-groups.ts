import type { Column, HeaderMap } from './header-map.ts';

/**
 * One set of columns a rate is computed from. Most tables have one; a table printing the
 * whole period and a single year side by side (栗原市: 全体計画 and 平成22年度, each with its
 * own b/a×100) has one per block, and every row yields a KPI per group.
 */
export interface ColumnGroup {
  readonly label: string;
  readonly rate: Column | null;
  readonly target: Column | null;
  /** Yearly milestone targets: every target column but the final year's. */
  readonly milestones: readonly Column[];
  readonly actuals: readonly Column[];
  readonly cumulative: readonly Column[];
}

const targetYear = (c: Column): number => (c.role.kind === 'target' ? (c.role.fiscalYear ?? 0) : 0);

const is = (kind: Column['role']['kind']) => (c: Column) => c.role.kind === kind;

/** Splits the value columns into rate groups: one per block whose rate states a formula, then the rest. */
export function columnGroups(header: HeaderMap): ColumnGroup[] {
  const columns = header.columns;
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
            target: inBlock.find(is('target')) ?? null,
            milestones: [],
            actuals: inBlock.filter(is('actual')),
            cumulative: inBlock.filter(is('cumulative')),
          };
        })
      : [];
  const claimed = new Set(
    groups.flatMap((g) => [g.rate, g.target, ...g.milestones, ...g.actuals, ...g.cumulative]),
  );
  const rest = columns.filter((c) => !claimed.has(c));
  const actuals = rest.filter(is('actual'));
  const rate = rest.find(is('rate')) ?? null;
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
      target,
      milestones,
      actuals,
      cumulative: rest.filter(is('cumulative')),
    });
  }
  return groups;
}

/** The group of each column that belongs to one, by column index. */
export function groupIndex(groups: readonly ColumnGroup[]): Map<number, number> {
  const index = new Map<number, number>();
  groups.forEach((g, n) => {
    for (const c of [g.rate, g.target, ...g.milestones, ...g.actuals, ...g.cumulative])
      if (c !== null && !index.has(c.index)) index.set(c.index, n);
  });
  return index;
}
