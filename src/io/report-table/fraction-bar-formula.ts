import type { RateFormulaLetters } from './column-role.ts';

/**
 * A rate's formula printed over a fraction bar, the numerator's letter above it and the
 * denominator's below, as a PDF's text gives it back line by line: 市町村税の徴収実績 「E ─ ×100 A」
 * (E ÷ A × 100), 「F\n─\nB」. The bar is a rule of box-drawing or dash characters (─, ―, —),
 * never a hyphen: 「差b-a」 is a difference. The ×100 may sit beside the bar.
 */
const BAR_FORMULA =
  /(?:^|[^a-zA-Z])([a-zA-Z])\s*(?:[×x*]\s*100\s*)?[─━―—]+\s*(?:[×x*]\s*100\s*)?([a-zA-Z])(?![a-zA-Z])/;

/**
 * The letters of a rate written over a fraction bar: 「E ─ ×100 A」 → e over a; null for any
 * other header.
 * @example fractionBarFormula('徴 収 率 (%) E ─ ×100 A') // { numerator: 'e', denominator: 'a' }
 */
export function fractionBarFormula(label: string): RateFormulaLetters | null {
  const match = BAR_FORMULA.exec(label.normalize('NFKC'));
  if (!match?.[1] || !match[2]) return null;
  return { numerator: match[1].toLowerCase(), denominator: match[2].toLowerCase() };
}
