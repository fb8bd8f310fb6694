import { parseDescribedFigure } from '../../domain/described-figure.ts';

/** Sentence punctuation: a clause mark or a full stop. */
const PUNCTUATION = /[、。,，]/;

/**
 * A sentence, not a figure, even with numbers in it (a 町 総合戦略 検証 under 「目標の進捗状況」:
 * 「平成31年3月31日現在、指定企業が0件のため、…」): long, punctuated, and no figure when read.
 * The cheap tests come first.
 */
export function isSentence(cell: string): boolean {
  const text = cell.trim();
  return text.length >= 16 && PUNCTUATION.test(text) && parseDescribedFigure(text) === undefined;
}
