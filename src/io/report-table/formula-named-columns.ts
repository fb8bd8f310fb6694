import { classifyHeader, columnLetterMark } from './column-role.ts';

/**
 * The cheap test first: a formula of letters needs a slash, a division sign or a fraction bar
 * (市町村税の徴収実績 「E ─ ×100 A」, `fraction-bar-formula.ts`).
 */
const DIVISION = /[/÷／─━―—]/;

/**
 * The letters the rates of a header row divide (若狭町 「人 件 費 率 B / A」 → a, b; 三田市
 * 「b/a*100」): the columns they name are known by the formula, though no word of theirs is a
 * role's. A formula of letters that is no rate (「一人当たり給与費 B/A」, a per-head amount)
 * names none. Empty for the rows with no division sign, at the cost of one regex test a cell.
 * @example rateFormulaLettersIn(['区分', '歳出額 A', '人件費 B', '人件費率 B/A']) // Set {'b', 'a'}
 */
export function rateFormulaLettersIn(cells: readonly string[]): ReadonlySet<string> {
  const letters = new Set<string>();
  for (const cell of cells) {
    if (!DIVISION.test(cell)) continue;
    const role = classifyHeader(cell).role;
    if (role.kind !== 'rate' || role.formula === null) continue;
    letters.add(role.formula.numerator);
    letters.add(role.formula.denominator);
  }
  return letters;
}

/**
 * Whether a header cell is a column a rate's formula names by its letter (「歳 出 額 A」 when a
 * rate beside it is 「B / A」).
 * @example namedByRateFormula('歳 出 額 A', new Set(['a', 'b'])) // true
 */
export function namedByRateFormula(cell: string, letters: ReadonlySet<string>): boolean {
  if (letters.size === 0 || DIVISION.test(cell)) return false;
  const letter = columnLetterMark(cell);
  return letter !== null && letters.has(letter);
}
