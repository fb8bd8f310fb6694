import type { GridRow } from '../grid.ts';
import { figureNumber } from './column-contents.ts';
import type { HeaderMap } from './header-map.ts';

const FIGURE_ROLES: ReadonlySet<string> = new Set(['target', 'baseline', 'actual', 'cumulative']);

/** A cell that may be a header's word: text with no digit, short, no sentence's stop. */
const HEADER_WORD = /^[^\d０-９。、]{2,16}$/u;

/**
 * Why the table is refused as two tables: below the KPIs' rows, a row whose cells under the
 * figure columns are all words, each other than the others and than every other cell of its
 * column, heads figures of its own after it (大垣市 地域再生計画 事後評価: the KPI 「基準値 | 目標」,
 * then 「産業中分類 | 従業者数 | 付加価値額 | 一人あたり付加価値額」 over a breakdown by class). Its
 * rows are no KPIs of the first header's columns; null when there is no such row. A value
 * word (`なし`, `策定`, `未確定`) repeats in its column or its row, so it heads nothing.
 */
export function secondHeaderReason(header: HeaderMap, data: readonly GridRow[]): string | null {
  const figures = header.columns.filter((c) => FIGURE_ROLES.has(c.role.kind)).map((c) => c.index);
  if (figures.length < 2) return null;
  let seenFigures = false;
  for (let i = 0; i < data.length; i += 1) {
    const cells = (data[i] as GridRow).cells;
    // Most rows hold a digit under the first figure column: no header word, tested first.
    const first = (cells[figures[0] as number] ?? '').trim();
    if (!HEADER_WORD.test(first)) {
      if (!seenFigures && figures.some((f) => !Number.isNaN(figureNumber(cells[f]))))
        seenFigures = true;
      continue;
    }
    if (!seenFigures) continue;
    const words = figures.map((f) => (cells[f] ?? '').trim());
    if (!words.every((w) => HEADER_WORD.test(w)) || new Set(words).size !== words.length) continue;
    const elsewhere = data.some(
      (r, j) => j !== i && figures.some((f, k) => (r.cells[f] ?? '').trim() === words[k]),
    );
    if (elsewhere) continue;
    const after = data
      .slice(i + 1)
      .some((r) => figures.filter((f) => !Number.isNaN(figureNumber(r.cells[f]))).length >= 2);
    if (!after) continue;
    const row = data[i] as GridRow;
    const printed = cells.map((c) => c.trim()).filter((c) => c !== '');
    return (
      `two tables: row ${row.row} heads a table of its own (${printed.join(' | ')}) under the ` +
      "KPIs' rows, its rows no KPIs of this header's columns; import the tables one at a time"
    );
  }
  return null;
}
