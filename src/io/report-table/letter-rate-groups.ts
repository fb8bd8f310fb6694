import { letterOf } from './formula-columns.ts';
import type { Column } from './header-map.ts';

/**
 * A column's own words, its block and its letter aside: 「収 入 済 額 現年課税分 E」 under 「収 入 済
 * 額」 → 現年課税分; with no block over it, its whole label, 「現年課税分 収入額 E」 → 現年課税分収入額.
 */
function ownName(c: Column): string {
  // A header of one line is its own block.
  const under = c.block !== '' && c.block !== c.label && c.label.startsWith(c.block);
  const own = under ? c.label.slice(c.block.length) : c.label;
  return own
    .normalize('NFKC')
    .replace(/[(（]?\s*[a-zA-Z]\s*[)）]?\s*$/, '')
    .replace(/\s+/g, '');
}

/**
 * Rates side by side that each state their formula by other letters (市町村税の徴収実績 徴収率
 * 「E ─ ×100 A | F ─ ×100 B | G ─ ×100 C」 over 調定済額 A B C and 収入済額 E F G): each rate
 * with the two columns its letters name is a group of its own, a KPI per group in every row
 * (現年課税分, 滞納繰越分, 合計), so that each rate is checked against its own figures. A group is
 * named by its numerator's own words (else the rate's header). Unchanged unless two rates or
 * more state distinct formulas whose every letter names exactly one column; blocks each with
 * the same formula (栗原市 全体計画 and 平成22年度, each b/a×100) are grouped by their blocks.
 */
export function withLetterRateGroups(columns: readonly Column[]): Column[] {
  const rates = columns.flatMap((c) =>
    c.role.kind === 'rate' && c.role.formula !== null ? [{ rate: c, ...c.role.formula }] : [],
  );
  if (rates.length < 2) return [...columns];
  const pairs = new Set(rates.map((r) => `${r.numerator}/${r.denominator}`));
  if (pairs.size !== rates.length) return [...columns];
  const named = (letter: string) => {
    const found = columns.filter((c) => !rates.some((r) => r.rate === c) && letterOf(c) === letter);
    return found.length === 1 ? found[0] : undefined;
  };
  const groups = rates.map((r) => ({
    rate: r.rate,
    actual: named(r.numerator),
    target: named(r.denominator),
  }));
  const labels = groups.map((g) => (g.actual ? ownName(g.actual) : ''));
  const distinct = labels.every((l) => l !== '') && new Set(labels).size === labels.length;
  const result = [...columns];
  for (const [n, group] of groups.entries()) {
    const { actual, target } = group;
    if (actual?.role.kind !== 'actual' || target?.role.kind !== 'target') return [...columns];
    const rateGroup = distinct ? (labels[n] ?? '') : group.rate.label.replace(/\s+/g, '');
    for (const c of [group.rate, actual, target]) result[c.index] = { ...c, rateGroup };
  }
  return result;
}
