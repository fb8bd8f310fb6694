/**
 * Formula injection: a spreadsheet reads a cell that begins with `=`, `+`, `-` or `@` (or a tab
 * or carriage return before one) as a formula. Every *text* cell of an export (a title, a
 * narrative, a department) that begins so is written with a leading `'`, which Excel shows as
 * text. Figures are not text: they are written from the domain's own forms (a decimal such as
 * "-5" or "8.39", the no-value mark "-", "2(1)", "3(見込)"), never from free text, so a negative
 * number or the mark "-" stays readable and re-importable as it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text as a spreadsheet will show it, never run it: `=1+1` → `'=1+1`. */
export function neutralizeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
