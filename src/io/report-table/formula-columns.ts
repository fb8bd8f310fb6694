import type { RateFormulaLetters } from './column-role.ts';
import { columnLetterMark, differenceLetters, headerYear } from './column-role.ts';
import type { Column } from './header-map.ts';
import { letterAfterBracket } from './worded-formula.ts';

const INNER_MARK = /[(（]\s*([a-zA-Z])\s*[)）]/;

/**
 * The letter naming a column: its own ("計画額a", "事業費 (A)", "実績 (B) 事業費"), else its
 * block's (a header row above: "H23-27実績額 (B)" over 事業費).
 */
export function letterOf(c: Column): string | null {
  const inner = INNER_MARK.exec(c.label.normalize('NFKC'))?.[1]?.toLowerCase() ?? null;
  return (
    columnLetterMark(c.label) ??
    inner ??
    letterAfterBracket(c.label) ??
    (c.block === '' ? null : columnLetterMark(c.block))
  );
}

/** A column's last word, its letter aside: "前期実施計画 事業費 (A)" → 事業費. */
function subLabel(c: Column): string {
  const words = c.label
    .normalize('NFKC')
    .replace(new RegExp(INNER_MARK.source, 'g'), ' ')
    .trim()
    .split(/\s+/);
  return words.at(-1) ?? '';
}

/**
 * Of the columns a letter names, the ones the rate is on: where a lettered block holds several
 * (富士市 "H23-27実績額 (B)" over 事業数 and 事業費), those whose words match the other letter's
 * (事業費 (A)); the rest are figures beside them.
 */
function namedBy(
  letter: string,
  other: string,
  lettered: readonly Column[],
): { named: Column[]; beside: Column[] } {
  const all = lettered.filter((c) => letterOf(c) === letter);
  const words = new Set(lettered.filter((c) => letterOf(c) === other).map(subLabel));
  const named = all.filter((c) => words.has(subLabel(c)));
  if (all.length < 2 || named.length === 0) return { named: all, beside: [] };
  return { named, beside: all.filter((c) => !named.includes(c)) };
}

function lettersOf(rate: Column): RateFormulaLetters | null {
  return rate.role.kind === 'rate' ? rate.role.formula : null;
}

/**
 * A rate header that states its formula ("達成率 b/a×100", "進捗率 (B)/(A)") names its columns
 * by letter: within the same block, (b) is the actual and (a) the target, whatever their words
 * say; a 差 naming the same letters ("差b-a") subtracts in their order.
 */
export function assignFormulaColumns(columns: readonly Column[]): Column[] {
  const result = [...columns];
  const set = (column: Column, role: Column['role'], because: string) => {
    result[column.index] = { ...column, role, because };
  };
  for (const rate of columns) {
    const formula = lettersOf(rate);
    if (formula === null) continue;
    const { numerator, denominator } = formula;
    const lettered = (c: Column) => c.index !== rate.index && letterOf(c) !== null;
    const sameBlock = columns.filter((c) => c.block === rate.block && lettered(c));
    const pool = sameBlock.length > 0 ? sameBlock : columns.filter(lettered);
    const named = (letter: string) => `named (${letter}) in the rate formula of "${rate.label}"`;
    const actuals = namedBy(numerator, denominator, pool);
    const targets = namedBy(denominator, numerator, pool);
    for (const column of actuals.named) {
      const fiscalYear = headerYear(column.label) ?? headerYear(column.block);
      set(column, { kind: 'actual', fiscalYear }, named(numerator));
    }
    for (const column of targets.named) {
      const fiscalYear = headerYear(column.label) ?? headerYear(column.block);
      set(column, { kind: 'target', fiscalYear }, named(denominator));
    }
    for (const column of [...actuals.beside, ...targets.beside]) {
      const because = `beside the figures the rate "${rate.label}" is on`;
      set(column, { kind: 'other' }, because);
    }
    for (const column of columns) {
      const letters = column.role.kind === 'difference' ? differenceLetters(column.label) : null;
      const order =
        letters?.from === numerator && letters.less === denominator
          ? 'actual-target'
          : letters?.from === denominator && letters.less === numerator
            ? 'target-actual'
            : null;
      if (letters && order) {
        const because = `${column.because}: (${letters.from}) less (${letters.less}) of the rate formula's letters`;
        set(column, { kind: 'difference', order }, because);
      }
    }
  }
  return result;
}
