import type { GridRow } from '../grid.ts';
import type { Column } from './header-map.ts';
import { headerYear } from './column-role.ts';
import type { FiscalYearContext } from '../../domain/fiscal-year.ts';

/** A rate's formula stated in a line of its own, by circled column marks: (②+③)÷① . */
export interface FormulaLine {
  /** The marks summed into the actual (②, ③). */
  readonly numerator: readonly string[];
  /** The mark of the target (①). */
  readonly denominator: string;
  readonly text: string;
  readonly row: number;
}

const MARK = '[\\u2460-\\u2473]';
// Not NFKC: it turns ② into 2.
const FORMULA = new RegExp(
  `[=＝]\\s*[(（]?\\s*(${MARK}(?:\\s*[+＋]\\s*${MARK})*)\\s*[)）]?\\s*[÷/／]\\s*(${MARK})`,
);

/**
 * The formula a line beside the table states for its rate: 神川町 "(実施率%=(②+③)÷①)" sums
 * the columns marked ② and ③ into the actual and takes ① as the target. Null when no line
 * states one.
 */
export function formulaLine(lines: readonly GridRow[]): FormulaLine | null {
  for (const line of lines) {
    for (const cell of line.cells) {
      const match = FORMULA.exec(cell.replace(/\s+/g, ''));
      if (!match?.[1] || !match[2]) continue;
      const numerator = match[1].split(/[+＋]/).map((m) => m.trim());
      return { numerator, denominator: match[2], text: cell.trim(), row: line.row };
    }
  }
  return null;
}

/**
 * The columns a formula line names, given their roles: the denominator's the target, the
 * numerator's the actual (summed when several), and a numerator column with no year beside
 * yearly ones the running total (累計). Other columns keep theirs.
 */
export function assignLineFormula(
  columns: readonly Column[],
  formula: FormulaLine,
  context: FiscalYearContext,
): Column[] {
  const because = `the formula line "${formula.text}"`;
  const marked = (c: Column, mark: string) => c.label.includes(mark);
  const yearOf = (c: Column) => headerYear(c.label.replace(/\s+/g, ''), context);
  const yearly = (mark: string) => columns.some((c) => marked(c, mark) && yearOf(c) !== null);
  return columns.map((c) => {
    const fiscalYear = yearOf(c);
    if (marked(c, formula.denominator))
      return { ...c, role: { kind: 'target', fiscalYear }, because };
    const mark = formula.numerator.find((m) => marked(c, m));
    if (mark === undefined) return c;
    const running = fiscalYear === null && yearly(mark);
    return { ...c, role: { kind: running ? 'cumulative' : 'actual', fiscalYear }, because };
  });
}
