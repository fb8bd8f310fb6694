/**
 * Whether two narratives say the same: equal once white space is folded (a PDF's or a cell's
 * line breaks, runs of spaces, full-width spaces, spaces at the ends). A table re-imported with
 * its lines broken elsewhere rewrites no published narrative and makes no correction (issue 23).
 * @example sameNarrative('寺沢倉庫などの譲渡のほか、\n旧皆瀬庁舎の解体', '寺沢倉庫などの譲渡のほか、旧皆瀬庁舎の解体') // true
 */
export function sameNarrative(a: string, b: string): boolean {
  return foldSpace(a) === foldSpace(b);
}

/** Japanese text runs on without spaces: a break between two non-ASCII characters is dropped. */
function foldSpace(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, ' ')
    .trim()
    .replace(/(?<=[^\u0020-\u007e]) (?=[^\u0020-\u007e])/g, '');
}
