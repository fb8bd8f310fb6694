import { formatFiscalYear, type FiscalYear } from '../../domain/fiscal-year.ts';
import type { GridRow } from '../grid.ts';
import type { CellOrigin, GivenRole, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { headerDate } from './column-role.ts';

const ACTUAL: GivenRole = {
  role: 'actual',
  because: "rewritten from blocks of lines under a dated heading: each block, that date's figures",
};
const NAMES: GivenRole = {
  role: 'kpi',
  because: 'rewritten from blocks of lines under a dated heading: the lines’ labels, one KPI each',
};

/** A line of a block: its label, its value, and where each is. */
interface ValueLine {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly labelAt: CellOrigin;
  readonly valueAt: CellOrigin;
}

const keyOf = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** The filled cells of a row, with their 1-based columns. */
const filled = (row: GridRow) =>
  row.cells.flatMap((text, i) => (text.trim() === '' ? [] : [{ text, column: i + 1 }]));

/**
 * The same items counted at two dates or more, each date a block: a heading line naming the
 * date (三重県 附属機関 「2 平成30年4月1日現在の結果」, 「【参考】昨年度の実績(平成29年4月1日)」),
 * then lines of 「項目 | 値」 (「・委員の数 | 1,283人」), the same items in the same order under
 * each heading. Each item becomes a KPI and each block its actual of the fiscal year its date
 * falls in. Null unless the lines after the first dated heading are all such headings and such
 * lines, two blocks or more, each of two lines or more, of other years and of the same items.
 */
export function readDatedLineBlocks(rows: readonly GridRow[]): TurnedTable | null {
  const blocks: { heading: GridRow; year: FiscalYear; lines: ValueLine[] }[] = [];
  const above: GridRow[] = [];
  for (const row of rows) {
    const cells = filled(row);
    const [first, second] = cells;
    if (first === undefined) continue;
    if (cells.length === 1) {
      // A sentence (「…66.7%となることなどを目標として定めています。」) is no heading, its date or not.
      const year = /。\s*$/.test(first.text) ? null : headerDate(first.text);
      if (year === null) {
        // A line of one cell before the first block is a title; after it, no block of this shape.
        if (blocks.length > 0) return null;
        above.push(row);
      } else blocks.push({ heading: row, year, lines: [] });
      continue;
    }
    const block = blocks.at(-1);
    if (cells.length !== 2 || second === undefined || !block || !/\d/.test(second.text))
      return null;
    block.lines.push({
      key: keyOf(first.text),
      label: first.text.trim(),
      value: second.text,
      labelAt: { row: row.row, column: first.column },
      valueAt: { row: row.row, column: second.column },
    });
  }
  const [lead] = blocks;
  if (!lead || blocks.length < 2 || lead.lines.length < 2) return null;
  const items = lead.lines.map((l) => l.key).join('\n');
  if (blocks.some((b) => b.lines.map((l) => l.key).join('\n') !== items)) return null;
  if (new Set(blocks.map((b) => b.year)).size !== blocks.length) return null;

  const origins = new Origins();
  const out = origins.keepAll(above);
  const top = out.length + 1;
  const copies = new Map<string, CellOrigin[]>();
  blocks.forEach((b, j) => origins.set(top, j + 2, { row: b.heading.row, column: 1 }));
  out.push({ row: top, cells: ['', ...blocks.map((b) => formatFiscalYear(b.year, 'japanese'))] });
  lead.lines.forEach((l, i) => {
    const line = top + 1 + i;
    origins.set(line, 1, l.labelAt);
    copies.set(
      `${line}:1`,
      blocks.slice(1).map((b) => (b.lines[i] as ValueLine).labelAt),
    );
    blocks.forEach((b, j) => origins.set(line, j + 2, (b.lines[i] as ValueLine).valueAt));
    out.push({
      row: line,
      cells: [l.label, ...blocks.map((b) => (b.lines[i] as ValueLine).value)],
    });
  });
  return {
    rows: out,
    origin: origins.origin,
    headerRow: lead.heading.row,
    readAs: (column) =>
      column === 1 ? null : `the block under row ${blocks[column - 2]?.heading.row ?? '?'}`,
    given: (row, column) => (row !== top ? null : column === 1 ? NAMES : ACTUAL),
    copies: (row, column) => copies.get(`${row}:${column}`) ?? [],
  };
}
