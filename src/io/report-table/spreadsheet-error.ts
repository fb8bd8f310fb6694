/** The error values a spreadsheet prints where a formula fails: #REF!, #DIV/0!, #N/A … */
const ERROR_VALUE = /^#(?:REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!)$/;

/**
 * Whether a cell holds a spreadsheet's error value instead of a figure (木島平村 財政健全化計画等
 * 執行状況報告書: 「#REF!」 in every cell of the indicators the sheet's formulas lost): no figure,
 * and no word either, but a value the source cannot give, as a 「?」 is.
 * @example spreadsheetError('#REF!') // true
 */
export function spreadsheetError(text: string): boolean {
  return text.length <= 8 && ERROR_VALUE.test(text.normalize('NFKC').trim().toUpperCase());
}
