import type { Decimal } from './decimal.ts';

/**
 * One printed figure of a KPI: a value, an optional secondary count written in brackets
 * (⑱ "2(1)": 2 plans, 1 of them reviewed that year; "(1)" alone has no main value),
 * or a mark that stands for no value ("-", "未集計", "評価なし"), and whether it is an estimate (見込).
 */
export interface Figure {
  readonly value: Decimal | null;
  readonly secondary: Decimal | null;
  readonly mark: string | null;
  readonly estimate: boolean;
}

export function figureOf(value: Decimal, secondary: Decimal | null = null): Figure {
  return { value, secondary, mark: null, estimate: false };
}

/** Prints a figure back in the table's form: "2(1)", "(1)", "8.39", "-". */
export function formatFigureText(figure: Figure): string {
  const secondary = figure.secondary === null ? '' : `(${figure.secondary})`;
  if (figure.value === null) return secondary || (figure.mark ?? '');
  return `${figure.value}${secondary}${figure.estimate ? '(見込)' : ''}`;
}
