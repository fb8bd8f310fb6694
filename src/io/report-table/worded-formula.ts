import type { RateFormulaLetters } from './column-role.ts';

/**
 * A ratio of two columns named by their words and letters: 住田町 循環型社会形成推進地域計画
 * 「実績B /目標A」 (the 実績 column lettered B over the 目標 column lettered A), 「実績(b)÷計画(a)」,
 * 「B/A×100」 is not this (letters alone are `FORMULA`'s). Each side a word of its own, then its
 * letter, bare or in brackets.
 */
const WORDED = /^([^\x20-\x7e]+)\(?([a-zA-Z])\)?\/([^\x20-\x7e]+)\(?([a-zA-Z])\)?(?:[×x*]100)?$/;

/**
 * The letters of a rate header written as a ratio of two worded columns: "実績B /目標A" → b over
 * a. Such a header is a rate though it names no rate word; null for any other header.
 * @example wordedRateFormula('実績B /目標A') // { numerator: 'b', denominator: 'a' }
 */
export function wordedRateFormula(label: string): RateFormulaLetters | null {
  const l = label.normalize('NFKC').replace(/\s+/g, '').replace(/÷/g, '/');
  const match = WORDED.exec(l);
  if (!match?.[2] || !match[4]) return null;
  return { numerator: match[2].toLowerCase(), denominator: match[4].toLowerCase() };
}

/**
 * The letter a column is named by after its year in brackets: 住田町 「目 標 (平成27年度) A」, 「実
 * 績 (平成27年度) B」 (the letters the rate 「実績B /目標A」 names); null for any other header.
 */
export function letterAfterBracket(label: string): string | null {
  const match = /[)）]\s*([a-zA-Z])$/.exec(label.normalize('NFKC').trim());
  return match?.[1]?.toLowerCase() ?? null;
}
