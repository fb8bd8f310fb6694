/**
 * A figure with a second one of its own unit in brackets after it: 「0人 (0人)」 (a 町 総合戦略
 * 検証: the year's count, the running total), 「136人(-3人)」 and 「139人(±0人)」 (調布市 障害福祉計画:
 * the count, its change on the base). The unit, number and sign of the figure outside.
 */
const SAME_UNIT_BRACKET =
  /^(.*?\d)\s*([^\d\s()（）.,%]{1,4})\s*\(\s*([-+±▲△−]?)\s*(\d[\d,]*(?:\.\d+)?)\s*\2\s*\)$/;

/**
 * A figure and a part of it in brackets, the unit written once after both: 「5(4)人」 (伊万里市
 * 図書館 職員数(内司書数): 5 staff, 4 of them librarians), 「6 (6) 人」. Not a bracket of words
 * or of a share (「5(4%)」), nor a unit of digits.
 */
const UNIT_AFTER_BRACKET =
  /^(\d[\d,]*(?:\.\d+)?)\s*\(\s*(\d[\d,]*(?:\.\d+)?)\s*\)\s*([^\d\s()（）.,%/][^\d\s()（）.,/]{0,3})$/;

/**
 * The text with the unit written again in the brackets dropped, so that the second figure
 * reads as 「1,030 (2,930)」 does; a ± or + sign dropped with it (±0 is 0, +3 is 3); a unit
 * written once after the bracket moved before it (「5(4)人」 reads as 「5人(4)」). The text as
 * it is when there is no such bracket.
 * @example withoutBracketUnit('136人(-3人)') // '136人(-3)'
 * @example withoutBracketUnit('5(4)人') // '5人(4)'
 */
export function withoutBracketUnit(text: string): string {
  if (!text.endsWith(')')) {
    const after = UNIT_AFTER_BRACKET.exec(text);
    return after ? `${after[1]}${after[3]}(${after[2]})` : text;
  }
  const m = SAME_UNIT_BRACKET.exec(text);
  if (!m) return text;
  const sign = m[3] === '+' || m[3] === '±' ? '' : (m[3] ?? '');
  return `${m[1]}${m[2]}(${sign}${m[4]})`;
}
