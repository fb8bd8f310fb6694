import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import type { GridRow } from '../grid.ts';
import type { CellOrigin, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { isTableRow } from './table-block.ts';

/** The kind of a line under a year: the plan's figure or the result (計画, 見込量, 実績). */
const KIND = /^(?:計画|計画値|見込|見込み|見込量|見込値|目標|目標値|実績|実績値)$/;

const text = (row: GridRow | undefined, column: number) => (row?.cells[column] ?? '').trim();
const kindOf = (row: GridRow) => text(row, 1).replace(/\s+/g, '');
const isYearLine = (row: GridRow) => parseFiscalYear(text(row, 0)) !== undefined;

interface Block {
  readonly name: GridRow | undefined;
  readonly header: GridRow;
  /** Each year's label row, and its lines by kind. */
  readonly years: { readonly label: GridRow; readonly lines: Map<string, GridRow> }[];
}

/** A header over such lines: its first two cells empty, the measures' names after them. */
const isHeader = (row: GridRow) =>
  text(row, 0) === '' && text(row, 1) === '' && row.cells.slice(2).some((c) => c.trim() !== '');

/** The blocks of the rows, or null where a table row is no part of one. */
function blocksOf(rows: readonly GridRow[]): { blocks: Block[]; lines: GridRow[] } | null {
  const blocks: Block[] = [];
  const lines: GridRow[] = [];
  let block: Block | null = null;
  let above: GridRow[] = [];
  for (const row of rows) {
    const kind = KIND.test(kindOf(row));
    if (block && kind && (isYearLine(row) || text(row, 0) === '')) {
      if (isYearLine(row)) block.years.push({ label: row, lines: new Map() });
      const year = block.years.at(-1);
      if (!year || year.lines.has(kindOf(row))) return null;
      year.lines.set(kindOf(row), row);
      continue;
    }
    if (isTableRow(row)) {
      if (!isHeader(row)) return null;
      block = { name: above.at(-1), header: row, years: [] };
      blocks.push(block);
      lines.push(...above.slice(0, -1));
      above = [];
      continue;
    }
    block = null;
    above.push(row);
  }
  lines.push(...above);
  return { blocks, lines };
}

/**
 * Tables of a plan's figures against the results by year, one block per service (札幌市 障がい福祉
 * 計画 サービス見込量一覧: 「居宅介護」 over 「 |  | 利用者数 | 時間/月」, then 「21年度 | 計画 | 1,998人 |
 * 44,460」, 「 | 実績 | 2,247人 | 50,041」 …): turned into one KPI per service and measure, its
 * lines named by their kind (計画, 実績) as `kpi-lines.ts` reads them, under one header of the
 * years. Each block under its name's line, its header's first two cells empty, two years at
 * least, the same years in every block, and every table row of the file in a block.
 */
export function turnYearKindBlocks(rows: readonly GridRow[]): TurnedTable | null {
  // The cheap test first (this runs on every table): a line's kind word in the second column.
  if (!rows.some((r) => KIND.test(kindOf(r)) && isYearLine(r))) return null;
  const found = blocksOf(rows);
  if (!found || found.blocks.length === 0) return null;
  const { blocks, lines } = found;
  const yearsOf = (b: Block) => b.years.map((y) => text(y.label, 0)).join('\t');
  const first = blocks[0] as Block;
  if (first.years.length < 2) return null;
  if (blocks.some((b) => yearsOf(b) !== yearsOf(first) || (blocks.length > 1 && !b.name)))
    return null;
  const origins = new Origins();
  const out = origins.keepAll(lines);
  const copies = new Map<string, CellOrigin[]>();
  const copy = (row: number, column: number, from: CellOrigin) => {
    const key = `${row}:${column}`;
    copies.set(key, [...(copies.get(key) ?? []), from]);
  };
  const top = out.length + 1;
  first.years.forEach((y, j) => {
    origins.set(top, j + 3, { row: y.label.row, column: 1 });
    for (const b of blocks.slice(1)) {
      const label = b.years[j]?.label;
      if (label) copy(top, j + 3, { row: label.row, column: 1 });
    }
  });
  out.push({ row: top, cells: ['', '', ...first.years.map((y) => text(y.label, 0))] });
  for (const b of blocks) {
    const kinds = [...new Set(b.years.flatMap((y) => [...y.lines.keys()]))];
    const name = b.name ? (b.name.cells.find((c) => c.trim() !== '') ?? '').trim() : '';
    const nameColumn = b.name ? b.name.cells.findIndex((c) => c.trim() !== '') + 1 : 0;
    b.header.cells.forEach((cell, c) => {
      if (c < 2 || cell.trim() === '') return;
      kinds.forEach((kind, k) => {
        const line = out.length + 1;
        if (k === 0) {
          origins.set(line, 1, { row: b.header.row, column: c + 1 });
          if (b.name && c === 2) copy(line, 1, { row: b.name.row, column: nameColumn });
        }
        const kindRows = b.years.flatMap((y) => y.lines.get(kind) ?? []);
        const [kindRow, ...others] = kindRows;
        if (kindRow) origins.set(line, 2, { row: kindRow.row, column: 2 });
        if (c === 2) for (const r of others) copy(line, 2, { row: r.row, column: 2 });
        const values = b.years.map((y, j) => {
          const r = y.lines.get(kind);
          if (r) origins.set(line, j + 3, { row: r.row, column: c + 1 });
          return r?.cells[c] ?? '';
        });
        const label = k === 0 ? `${name} ${cell.trim()}`.trim() : '';
        out.push({ row: line, cells: [label, kindRow ? text(kindRow, 1) : kind, ...values] });
      });
    });
  }
  return {
    rows: out,
    origin: origins.origin,
    headerRow: first.header.row,
    readAs: (column) =>
      column === 1
        ? "the blocks' names and headers"
        : column === 2
          ? "the lines' kinds"
          : `the ${text(first.years[column - 3]?.label, 0)} rows`,
    copies: (row, column) => copies.get(`${row}:${column}`) ?? [],
  };
}
