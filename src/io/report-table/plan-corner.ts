import type { Column } from './header-map.ts';
import { KPI_FIGURE_KINDS } from './column-role.ts';

/**
 * The words of a header's corner that say its years' figures are a plan's: 子ども・子育て支援事業計画
 * 「各年度の量の見込みと確保方策」, 「利用者数の見込み」; not one that says they are results
 * (「実績と見込み」).
 */
const PLAN_CORNER = /見込み?|計画|推計/;
const RESULT_WORD = /実績|決算|結果/;

/** The roles of the columns that name the lines (the corner is the first of them; with no known word, the names found later). */
const LABEL_ROLES: ReadonlySet<string> = new Set(['kpi', 'theme', 'policy', 'other']);

/** The roles of a column headed with a kind of figure's own word. */
const FIGURE_ROLES: ReadonlySet<string> = new Set([...KPI_FIGURE_KINDS, 'grade', 'difference']);

/**
 * Columns headed by a year alone, under a corner that says the years' figures are a plan's
 * (「各年度の量の見込みと確保方策 | 元年度 | 2年度 | …」): each year's figures the plan's for that
 * year (a target of that year), not its actuals, so that the table is read as a plan's own. As
 * they are when the corner says no such word, or any column is headed with a word of its own.
 */
export function withPlanCorner(columns: readonly Column[]): readonly Column[] {
  const [corner] = columns;
  if (!corner || !LABEL_ROLES.has(corner.role.kind)) return columns;
  const words = corner.label.replace(/\s+/g, '');
  if (!PLAN_CORNER.test(words) || RESULT_WORD.test(words)) return columns;
  const years = columns.filter((c) => c.because === 'only a fiscal year');
  const worded = columns.filter(
    (c) => c.because !== 'only a fiscal year' && FIGURE_ROLES.has(c.role.kind),
  );
  if (years.length < 2 || worded.length > 0) return columns;
  return columns.map((c) =>
    c.because === 'only a fiscal year' && c.role.kind === 'actual'
      ? {
          ...c,
          role: { kind: 'target', fiscalYear: c.role.fiscalYear },
          because: `a year under the corner "${corner.label}", a plan's`,
        }
      : c,
  );
}
