import type { GridRow } from '../grid.ts';
import type { Column } from './header-map.ts';
import { headerStatesPercent } from './percent-header.ts';
import { rateExplainedColumns } from './rate-explained-columns.ts';

/** The nearest column left of `index` with a header of its own, or undefined. */
function headedLeft(columns: readonly Column[], index: number): Column | undefined {
  for (let i = index - 1; i >= 0; i -= 1) {
    const c = columns[i];
    if (c !== undefined && c.label !== '') return c;
  }
  return undefined;
}

/** A header naming a rate, on its own line or the line above (「受 診 率」 over 「総 数」). */
const statesPercent = (c: Column | undefined): boolean =>
  c !== undefined && (headerStatesPercent(c.label) || headerStatesPercent(c.block));

/**
 * Columns printed with no header at all right of a headed one, where the printed rates show
 * they are that header's span (掛川市 特定健康診査 「対 象 者 数 | | | 受 診 者 数 | | | 受 診 率 | |」
 * over 「総 数」 alone, the men's and women's columns left unheaded by the copy): the rates under
 * the span of a rate header, its figures without % (31.8, 40.4), are reproduced by the ratio
 * of two other columns (3,324 ÷ 10,450 = 31.8%), so each unheaded column the rates use is read
 * under the words of the header left of it, kept as printed, its cells placed rather than left
 * with no header. Else the columns as they are.
 */
export function withUnheadedSpanColumns(
  columns: readonly Column[],
  sample: readonly GridRow[],
): readonly Column[] {
  // The cheap test first: most tables head every column, and few name a rate on a line above.
  if (!columns.some((c) => c.label === '') || !columns.some(statesPercent)) return columns;
  const bare = (index: number) => {
    const c = columns[index];
    return statesPercent(c) || (c?.label === '' && statesPercent(headedLeft(columns, index)));
  };
  const found = rateExplainedColumns(sample, bare);
  const used = new Set(found.flatMap((r) => [r.rate, r.numerator, r.denominator]));
  const unheadedRates = found.filter((r) => columns[r.rate]?.label === '');
  if (unheadedRates.length === 0) return columns;
  return columns.map((c) => {
    if (c.label !== '' || !used.has(c.index)) return c;
    const head = headedLeft(columns, c.index);
    if (head === undefined) return c;
    const words = head.block !== '' ? head.block : head.label;
    const rate = found.find((r) => r.rate === c.index);
    const what =
      rate === undefined
        ? 'a figure the rates of the span divide'
        : `rates the columns ${rate.numerator + 1} ÷ ${rate.denominator + 1} reproduce`;
    return {
      ...c,
      label: words,
      block: words,
      role: { kind: 'other' },
      because: `${SPAN_BECAUSE} "${words}"'s span by the printed rates (${what}), kept as printed`,
    };
  });
}

const SPAN_BECAUSE = 'no header: under';

/** Whether a column was read under a header's span by this rule: its words are not its own. */
export const readUnderSpan = (c: Column): boolean => c.because.startsWith(SPAN_BECAUSE);
