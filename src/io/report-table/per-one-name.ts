/**
 * A quantity per one of something, its name starting with the 1 (循環型社会形成推進地域計画 改善計画書
 * 「1事業所当たりの排出量」, 「1人当たりの排出量」; 「1人1日あたりのごみ排出量」): a label of the line it
 * names, though it starts with a number and reads as one with a unit.
 */
const PER_ONE = /^1\s*[^\d\s]{1,4}?(?:\s*1\s*[^\d\s]{1,2}?)?\s*(?:当たり|当り|あたり)/;

/** Whether a cell names a quantity per one of something (a line's label), not a figure. */
export function isPerOneName(cell: string): boolean {
  // The cheap test first: the name starts with its 1.
  const first = cell.trimStart()[0];
  if (first !== '1' && first !== '１') return false;
  return PER_ONE.test(cell.normalize('NFKC').trim());
}
