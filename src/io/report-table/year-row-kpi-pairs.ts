import type { GridRow } from '../grid.ts';
import type { TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { namedLineRole } from './kpi-lines.ts';
import { tableBlock } from './table-block.ts';
import { yearLabels } from './year-rows-kpis.ts';

/** A KPI's columns: its name over them, and under it each column's line word (目標, 実績 …). */
interface KpiColumns {
  readonly name: { readonly text: string; readonly column: number };
  readonly columns: readonly number[];
}

/**
 * The KPIs a header names over columns of line words: each name printed once over its run of
 * columns (移住者数 over 目標 / 実績), every column under a name. Null unless two KPIs or more,
 * each with a column of results, and every column after the first under one.
 */
function kpiColumns(header: GridRow, words: GridRow, width: number): KpiColumns[] | null {
  const kpis: { name: { text: string; column: number }; columns: number[] }[] = [];
  for (let c = 1; c < width; c += 1) {
    const name = (header.cells[c] ?? '').trim();
    const word = (words.cells[c] ?? '').trim();
    if (name !== '') kpis.push({ name: { text: name, column: c }, columns: [] });
    const kpi = kpis.at(-1);
    // A column under no name, or one whose word names no line, is not this layout.
    if (!kpi || word === '' || namedLineRole(word) === null) return null;
    kpi.columns.push(c);
  }
  const measured = kpis.every((k) =>
    k.columns.some((c) => namedLineRole(words.cells[c] ?? '') === 'actual'),
  );
  return kpis.length >= 2 && measured ? kpis : null;
}

/**
 * Years as rows, and two or more KPIs across, each named once over its own columns of line
 * words (「年度 | 移住者数 | | 創業件数 |」 over 「 | 目標 | 実績 | 目標 | 実績」, then 「R2 | 50 | 42 |
 * 5 | 4」 …): turned so that each KPI is its lines (its 目標 line, its 実績 line, its 達成率 line)
 * with the years as columns, the KPI's name on its first line only and the line's word beside
 * it, the shape `kpi-lines.ts` joins into one KPI row. The rows must all be years (three or
 * more, or two), under a header whose second line holds the words and nothing left of them.
 * Null for any other table.
 */
export function turnYearRowKpiPairs(rows: readonly GridRow[]): TurnedTable | null {
  const block = tableBlock(rows);
  if (!block) return null;
  const { header, above, below } = block;
  const [words, ...body] = block.body;
  // The cheap tests first (this runs on every table): the words' line leaves its first cell empty.
  if (!words || (words.cells[0] ?? '').trim() !== '' || body.length < 2) return null;
  // The widest row, in a loop: no array of every row's width to spread.
  let width = Math.max(header.cells.length, words.cells.length);
  for (const r of body) if (r.cells.length > width) width = r.cells.length;
  const kpis = kpiColumns(header, words, width);
  if (kpis === null) return null;
  const years = yearLabels(body.map((r) => r.cells[0] ?? ''));
  if (years === null) return null;
  const origins = new Origins();
  const out = origins.keepAll(above);
  const top = out.length + 1;
  out.push({ row: top, cells: [header.cells[0] ?? '', '', ...years] });
  origins.set(top, 1, { row: header.row, column: 1 });
  body.forEach((r, i) => origins.set(top, i + 3, { row: r.row, column: 1 }));
  for (const kpi of kpis)
    kpi.columns.forEach((c, j) => {
      const line = out.length + 1;
      const name = j === 0 ? kpi.name.text : '';
      if (j === 0) origins.set(line, 1, { row: header.row, column: kpi.name.column + 1 });
      origins.set(line, 2, { row: words.row, column: c + 1 });
      body.forEach((r, i) => origins.set(line, i + 3, { row: r.row, column: c + 1 }));
      out.push({
        row: line,
        cells: [name, words.cells[c] ?? '', ...body.map((r) => r.cells[c] ?? '')],
      });
    });
  origins.append(out, below);
  return {
    rows: out,
    origin: origins.origin,
    headerRow: header.row,
    readAs: (column) =>
      column <= 2 ? 'the header' : `the ${(body[column - 3]?.cells[0] ?? '').trim()} row`,
  };
}
