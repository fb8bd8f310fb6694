/**
 * What a header prints before its words that says nothing of the column's role: an item mark
 * (三次市 「①計画額」, 「②決算額」), the bracketed formula of such marks a difference states
 * (「③(②-①)差額」), and a tag marking a column given for reference (「【参考】平成23年度」, last
 * year's figures beside this year's).
 */
const LEADING_MARKS =
  /^\s*(?:[\u2460-\u2473\u3251-\u325f]\s*(?:[(（][\u2460-\u2473\u3251-\u325f\s+\-−－ー×÷/]+[)）]\s*)?|【参考】\s*|[(（]参考[)）]\s*)/;

/**
 * The header without its leading marks: 「①計画額」 → 「計画額」, 「③(②-①)差額」 → 「差額」,
 * 「【参考】平成23年度」 → 「平成23年度」. A mark after the words (神川町 「取組目標 ①」) is kept.
 * @example withoutHeaderMarks('③(②-①)差額') // '差額'
 */
export function withoutHeaderMarks(label: string): string {
  // Most headers start with a word: the test is one character long for them.
  const first = label.trimStart().charCodeAt(0);
  const marked =
    (first >= 0x2460 && first <= 0x2473) ||
    (first >= 0x3251 && first <= 0x325f) ||
    first === 0x3010 ||
    first === 0x28 ||
    first === 0xff08;
  return marked ? label.replace(LEADING_MARKS, '') : label;
}
