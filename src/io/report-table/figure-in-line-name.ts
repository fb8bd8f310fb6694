/**
 * A class bounded by a figure (登別市 市道 「車道19.5m以上」, 「車道5.5m未満」): words, the bound and its
 * unit, and which side of it the class is.
 */
const CLASS_BOUND = /^[^\d\s]+\s*\d+(?:\.\d+)?\s*[^\d\s]{0,3}?\s*(?:以上|以下|未満|超)$/;

/** A number glued to a name of two words (「9未改良 総延長」, a stray digit): the name is the line's. */
const NUMBER_ON_NAME = /^\d{1,3}\s*[^\d\s]{2,}\s+[^\d\s]{2,}$/;

/**
 * Whether a label cell that reads as a figure names its line all the same: a class bounded by a
 * figure, or a name of two words with a number before it. Either way the line's figures are in
 * the columns after its labels, not in its label.
 * @example figureInLineName('車道5.5m未満') // true
 * @example figureInLineName('5.5m') // false
 */
export function figureInLineName(cell: string): boolean {
  const text = cell.normalize('NFKC').trim();
  return CLASS_BOUND.test(text) || NUMBER_ON_NAME.test(text);
}
