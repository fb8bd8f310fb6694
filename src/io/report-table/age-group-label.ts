/**
 * A group of people named by their age (日進市 食育 「20 代男性」, 「20歳代女性」, 「65歳以上」,
 * 「40～64歳」, 「18歳以上」): a label of the line it names, though it starts with a number.
 */
const AGE_GROUP =
  /^\d{1,3}\s*(?:歳代|代|歳)(?:\s*(?:以上|以下|未満))?(?:\s*[~～〜-]\s*\d{1,3}\s*歳)?\s*(?:の)?\s*(?:男性|女性|男子|女子|男|女|全体)?$|^\d{1,3}\s*[~～〜-]\s*\d{1,3}\s*歳(?:\s*(?:男性|女性|男|女))?$/;

/** Whether a cell names an age group (a line's label), not a figure. */
export function isAgeGroupLabel(cell: string): boolean {
  return AGE_GROUP.test(cell.normalize('NFKC').trim());
}
