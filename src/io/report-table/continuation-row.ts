import { parseFigureText } from '../../domain/figure-text.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { YearFigure } from '../../domain/model.ts';
import type { ColumnGroup } from './column-groups.ts';

/** A continuation row's cells after its label, with their (aligned) column indexes. */
export interface RowCell {
  readonly text: string;
  readonly index: number;
}

/**
 * Places the figures of a continuation row (累計, 合計, a department) on the year columns.
 * Where PDF extraction kept them under their columns (⑰ 情報政策課) each goes to its own year;
 * where it packed them to the left (⑩ 累計 3 3 3 under 単位 and 単年度) they are read in order
 * when there are exactly as many as years. Otherwise says why they do not fit.
 */
export function continuationFigures(
  values: readonly RowCell[],
  group: ColumnGroup,
  reportYear: FiscalYear,
  label: string,
): YearFigure[] | string {
  const years = group.actuals.map(
    (c) => (c.role.kind === 'actual' ? c.role.fiscalYear : null) ?? reportYear,
  );
  const direct = values.every((v) => group.actuals.some((c) => c.index === v.index));
  const figures = values.map((v) => parseFigureText(v.text));
  if (figures.some((f) => f === undefined) || (!direct && values.length !== years.length)) {
    return `a ${label} row whose figures do not fit the ${years.length} year columns`;
  }
  return values.flatMap((v, i) => {
    const index = direct ? group.actuals.findIndex((c) => c.index === v.index) : i;
    const figure = figures[i]?.figure;
    return figure ? [{ fiscalYear: years[index] ?? reportYear, figure }] : [];
  });
}
