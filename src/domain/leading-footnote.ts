/**
 * A footnote mark printed before a figure, the note it points to a line under the table: 岡山県
 * 農業経営基本方針 「※631」 over the line 「※H22~H26 計」 (631 new farmers, a total over five
 * years). A mark with its own number is set apart from the figure by a space (「※1 631」); a mark
 * written straight onto the digits is a bare ※ (「※631」 is 631, not note 6 of 31).
 */
const LEADING_MARK = /^(※\d+(?=\s)|※|＊|\*)\s*(?=[\d▲△−-])/;

/**
 * The mark and the figure's text after it, or null when the text does not start with a mark
 * directly before a number.
 * @example splitLeadingFootnote('※631') // { mark: '※', rest: '631' }
 */
export function splitLeadingFootnote(text: string): { mark: string; rest: string } | null {
  const match = LEADING_MARK.exec(text);
  if (!match?.[1]) return null;
  return { mark: match[1], rest: text.slice(match[0].length) };
}
