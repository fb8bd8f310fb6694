import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import { bareYearRun } from './bare-year-run.ts';
import { classifyHeader, headerDate } from './column-role.ts';
import { namesWhen } from './year-cell-columns.ts';
import type { GridRow } from '../grid.ts';
import type { CellOrigin, GivenRole, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import type { Block } from './heading-blocks.ts';
import { headingNameAt, headingOtherCells, headingText, sameCells } from './heading-blocks.ts';
import { sameHeaderButLabel } from './renamed-header.ts';
import { namedLineRole } from './kpi-lines.ts';
import { headingNamedLines } from './heading-named-lines.ts';
import { headingPairs, pairedNameLabel } from './heading-pairs.ts';
import type { RecordField } from './record-line-blocks.ts';
import {
  NAME_LABEL,
  blocksWithoutRecords,
  fieldLines,
  recordFields,
  recordedHeaderAt,
} from './record-line-blocks.ts';

const REWRITTEN = 'rewritten from blocks under one header';

/**
 * The role of a line's columns: the one its label names (計画, 実績, 達成率; a later line of the
 * two set against each other, 目標と実績の比較, their difference), else the first line's by the
 * header's words (null) and a later line's kept as printed (鳥取県 時点's years).
 */
function lineRole(label: string, line: number): GivenRole | null {
  const named = namedLineRole(label);
  if (named !== null) return { role: named, because: `${REWRITTEN}: the ${label} line` };
  // A line of the two set against each other (佐渡市 「目標と実績の比較」): their printed difference.
  if (line > 0 && classifyHeader(label).role.kind === 'difference')
    return { role: 'difference', because: `${REWRITTEN}: the ${label} line, a difference` };
  return line === 0
    ? null
    : { role: 'other', because: `${REWRITTEN}: a later line of the block, kept as printed` };
}

const label = (row: GridRow) => (row.cells[0] ?? '').trim();

const DASH = /^[-‐‑–—―−ー－─]$/;

/**
 * A span of years, its end a year or a bare number, and what its figure is over it: 「H24〜26」,
 * 「H20-H24の平均」 (a base averaged over five years), 「R1〜R3の合計」 (a target summed over three).
 */
const SPAN = /^(.+?)\s*[〜~～\-－]\s*(.+?)(?:の?(?:平均|合計|計))?$/;

/**
 * A year (R元, 「H25末」: the fiscal year it ends), a day of one (「27.3.31」), or a span from one
 * ({@link SPAN}).
 */
function yearOrSpan(text: string): boolean {
  if (parseFiscalYear(text) !== undefined || headerDate(text) !== null) return true;
  const span = SPAN.exec(text);
  if (!span?.[1] || !span[2] || parseFiscalYear(span[1]) === undefined) return false;
  return /^\d{1,2}$/.test(span[2]) || parseFiscalYear(span[2]) !== undefined;
}

/**
 * Whether a later line of every block prints only years, each under a figure of the first line
 * (鳥取県 時点 R元 R3 R4 R7 under 数値 366 1,256 1,301 3,000ha): the years of those figures. A
 * line named as a when (時点) that prints none is that line too, the figures' years left unsaid
 * (鳥取県 図書館 工程表 H26: 時点 empty under 4.9冊 … 6冊), never a line of figures of its own.
 */
function yearsLine(blocks: readonly Block[], line: number): boolean {
  let printed = 0;
  const underFigures = blocks.every((b) => {
    const [first, years] = [b.rows[1], b.rows[line + 1]];
    if (!first || !years) return false;
    return years.cells.slice(1).every((cell, i) => {
      const text = cell.trim();
      const above = (first.cells[i + 1] ?? '').trim();
      // A dash under a dash (鳥取県 基準値 「−」 over 時点 「−」): neither a figure nor its year.
      if (text === '' || (DASH.test(text) && DASH.test(above))) return true;
      printed += 1;
      return yearOrSpan(text) && above !== '';
    });
  });
  if (!underFigures) return false;
  return printed > 0 || blocks.every((b) => namesWhen(label(b.rows[line + 1] ?? EMPTY_ROW)));
}

const EMPTY_ROW: GridRow = { row: 0, cells: [] };

/** The blocks' lines, each block's the same labels in the same order (鳥取県 数値, 時点), or null. */
function sharedLines(blocks: readonly Block[]): string[] | null {
  const [first] = blocks;
  const lines = first?.rows.slice(1).map(label) ?? [];
  if (lines.length === 0 || lines.some((l) => l === '')) return null;
  const alike = blocks.every((b) => sameCells(b.rows.slice(1).map(label), lines));
  return alike ? lines : null;
}

/**
 * Whether the blocks' lines are items, each a figure and its rate, not kinds of figure: the header
 * names a result and its rate (戸田市 上下水道事業会計 「区分 | 執行額 | 執行率」 under 収益的収入および
 * 支出, then under 資本的収入および支出), nothing else (no baseline, no year: 鳥取県 工程表's 基準値 …
 * over 数値 and 時点 are kinds), and no line's label names a kind of figure (計画, 実績). Lines
 * labelled alike in every block are then the same items of each table.
 */
function itemLines(blocks: readonly Block[]): boolean {
  const header = blocks[0]?.rows[0]?.cells.slice(1) ?? [];
  const kinds = header.map((cell) => classifyHeader(cell).role.kind);
  if (!kinds.includes('actual') || !kinds.includes('rate')) return false;
  if (kinds.some((k) => k !== 'actual' && k !== 'rate' && k !== 'target')) return false;
  return blocks.every((b) => b.rows.slice(1).every((r) => namedLineRole(label(r)) === null));
}

/**
 * Blocks printed one under another, each under its heading line and the same header printed
 * again (福島市 評価指標: 「指標1」, the indicator's name, then 指標(KPI) | 現状値 | 目標値 over
 * its row; 鳥取県 工程表: 「指標1」 over 基準値 … 長期的目標値 and the lines 数値 and 時点). The
 * header is read once, its later prints as its copies. When every block's lines are labelled
 * alike (数値, 時点), the labels name kinds of line, not KPIs: each block is one KPI named by its
 * heading, its lines joined into one row, each line's columns under the line's label and the
 * header's words (数値 基準値, 時点 基準値): a line named as a kind of figure (計画, 実績,
 * 達成率) read as such, else the first line's read by those words and the later lines' kept
 * as printed. When each block's one line is figures with no label, the line is a KPI named by
 * its heading ({@link headingNamedLines}). Otherwise each line is a KPI of its own and the
 * headings are title lines. Null unless every block has a heading and the same header over at least one line.
 */
export function repeatedHeaderBlocks(
  blocks: readonly Block[],
  lines: readonly GridRow[],
): TurnedTable | null {
  const [first] = blocks;
  const header = first?.rows[0];
  if (!header) return null;
  const recorded = blocksWithoutRecords(blocks, lines);
  if (recorded) return recordedBlocks(recorded);
  const alike = (b: Block) => b.heading !== null && b.rows.length >= 2;
  if (!blocks.every((b) => alike(b) && sameHeaderButLabel(b.rows[0]?.cells ?? [], header.cells)))
    return null;
  const kinds = itemLines(blocks) ? null : sharedLines(blocks);
  const pairs = blocks.map((b) => (b.heading ? headingPairs(b.heading) : []));
  if (kinds) {
    // The names' labels (「成果指標名」) before label–value pairs: title lines.
    const labels = blocks.flatMap((b) => (b.heading ? (pairedNameLabel(b.heading) ?? []) : []));
    const titles = [...lines, ...labels].sort((a, b) => a.row - b.row);
    return withHeadingPairs(blockKpis(blocks, titles, kinds), pairs, titles.length + 1);
  }
  // A heading's pairs are columns of its KPI's row only (withHeadingPairs): no other reading.
  if (pairs.some((p) => p.length > 0)) return null;
  return headingNamedLines(blocks, lines) ?? stackedLines(blocks, lines);
}

/**
 * Blocks whose record lines were set apart ({@link blocksWithoutRecords}): read as blocks under
 * one header, each record's fields columns after the KPI's name where every block has the same
 * (鳥取県 水産試験場 指標の分類), as a sheet of one such block has them; else each field's cells
 * title lines (鳥獣対策センター: its first block has no record).
 */
function recordedBlocks(recorded: {
  readonly blocks: readonly Block[];
  readonly lines: readonly GridRow[];
  readonly others: readonly (readonly RecordField[])[];
}): TurnedTable | null {
  const { blocks, lines, others } = recorded;
  const [first = []] = others;
  const labels = (fields: readonly RecordField[]) => fields.map((f) => f.label.text.trim());
  const alike =
    first.length > 0 && others.every((fields) => sameCells(labels(fields), labels(first)));
  if (alike && sharedLines(blocks)) {
    const table = repeatedHeaderBlocks(blocks, lines);
    if (table) return withRecordColumns(table, others, lines.length + 1);
  }
  const titles = [...lines, ...fieldLines(others.flat())].sort((a, b) => a.row - b.row);
  return repeatedHeaderBlocks(blocks, titles);
}

/**
 * The label–value pairs of the blocks' headings after their names (瑞浪市 「成果指標名 | … |
 * 令和5年度目標値 | 23」) as columns after the KPIs' names, kept as printed, as a record's fields
 * are; the table as it was where no heading has any. Null where the blocks' labels differ.
 */
function withHeadingPairs(
  table: TurnedTable,
  pairs: readonly (readonly RecordField[])[],
  headerRow: number,
): TurnedTable | null {
  const [first = []] = pairs;
  if (pairs.every((p) => p.length === 0)) return table;
  const labels = (fields: readonly RecordField[]) => fields.map((f) => f.label.text.trim());
  if (!pairs.every((p) => sameCells(labels(p), labels(first)))) return null;
  return withRecordColumns(table, pairs, headerRow);
}

/** The header cells of later blocks: copies of the first block's. */
function headerCopies(blocks: readonly Block[], column: number): CellOrigin[] {
  return blocks.slice(1).flatMap((b) => {
    const row = b.rows[0];
    return row ? [{ row: row.row, column }] : [];
  });
}

/** Each line a KPI of its own under the one header; the headings and lines of one cell titles. */
function stackedLines(blocks: readonly Block[], lines: readonly GridRow[]): TurnedTable {
  const [first] = blocks as [Block, ...Block[]];
  const header = first.rows[0] as GridRow;
  const headings = blocks.flatMap((b) => (b.heading ? [b.heading] : []));
  const origins = new Origins();
  const out = origins.keepAll([...lines, ...headings].sort((a, b) => a.row - b.row));
  const headerRow = out.length + 1;
  origins.keep(headerRow, header);
  out.push({ row: headerRow, cells: header.cells });
  // Each later block a table of its own under the header printed again: where its lines start.
  const tableStarts = new Set<number>();
  for (const [i, block] of blocks.entries()) {
    if (i > 0) tableStarts.add(out.length + 1);
    origins.append(out, block.rows.slice(1));
  }
  return {
    rows: out,
    origin: origins.origin,
    headerRow: header.row,
    readAs: () => null,
    copies: (row, column) => (row === headerRow ? headerCopies(blocks, column) : []),
    tableStarts,
  };
}

/**
 * The joined header of {@link blockKpis} at `headerRow`: each line's label over the header's
 * words, the later blocks' headers and the line labels as its copies; and where each column is from.
 * Over a header cell left empty the line's label alone is a word the rewrite made (`made`): it
 * stands for no cell of the file, nor do the later headers' empty cells there.
 */
function joinedHeader(
  blocks: readonly Block[],
  kinds: readonly string[],
  values: readonly number[],
  origins: Origins,
  headerRow: number,
) {
  const header = blocks[0]?.rows[0] as GridRow;
  const cells: string[] = [header.cells[0] ?? ''];
  origins.set(headerRow, 1, { row: header.row, column: 1 });
  const copies = new Map<number, CellOrigin[]>([[1, headerCopies(blocks, 1)]]);
  const from: (string | null)[] = [null];
  const made = new Set<number>();
  // Years written bare under a corner saying 年度 (佐渡市 「平成(年度) | 18 | 19 | 20」) stay years
  // once a line's word is put before them: 「目標 18年度」, not 「目標 18」.
  const years = bareYearRun(header.cells);
  kinds.forEach((kind, l) => {
    values.forEach((c, i) => {
      const column = 2 + l * values.length + i;
      const word = (header.cells[c] ?? '').trim();
      if (word === '') made.add(column);
      cells.push(`${kind} ${years.has(c) ? `${word}年度` : word}`.trim());
      origins.set(headerRow, column, { row: header.row, column: c + 1 });
      from.push(`the ${kind} line of each block`);
      // The line's label in every block stands under the first of its columns.
      const labels =
        i === 0 ? blocks.map((b) => ({ row: b.rows[l + 1]?.row ?? 0, column: 1 })) : [];
      const later = l === 0 && word !== '' ? headerCopies(blocks, c + 1) : [];
      copies.set(column, [...later, ...labels]);
    });
  });
  return { cells, copies, from, made };
}

/** Each block one KPI named by its heading, its lines (数値, 時点) joined into one row. */
function blockKpis(
  blocks: readonly Block[],
  lines: readonly GridRow[],
  kinds: readonly string[],
): TurnedTable {
  const header = blocks[0]?.rows[0] as GridRow;
  const width = Math.max(...blocks.flatMap((b) => b.rows.map((r) => r.cells.length)));
  const values = Array.from({ length: width - 1 }, (_, i) => i + 1);
  const origins = new Origins();
  const out = origins.keepAll(lines);
  const headerRow = out.length + 1;
  const { cells, copies, from, made } = joinedHeader(blocks, kinds, values, origins, headerRow);
  out.push({ row: headerRow, cells });
  const roles = kinds.map(lineRole);
  const yearLines = new Set(kinds.flatMap((_, l) => (l > 0 && yearsLine(blocks, l) ? [l] : [])));
  const headingCells = new Map<number, CellOrigin[]>();
  for (const block of blocks) {
    const row = out.length + 1;
    const heading = block.heading as GridRow;
    const at = headingNameAt(heading);
    origins.set(row, 1, { row: heading.row, column: at + 1 });
    headingCells.set(row, headingOtherCells(heading));
    const kpi: string[] = [headingText(heading)];
    block.rows.slice(1).forEach((line, l) =>
      values.forEach((c, i) => {
        origins.set(row, 2 + l * values.length + i, { row: line.row, column: c + 1 });
        kpi.push(line.cells[c] ?? '');
      }),
    );
    out.push({ row, cells: kpi });
  }
  return {
    rows: out,
    origin: origins.origin,
    headerRow: header.row,
    readAs: (column) => from[column - 1] ?? null,
    made: (row, column) => row === headerRow && made.has(column),
    copies: (row, column) =>
      row === headerRow
        ? (copies.get(column) ?? [])
        : column === 1
          ? (headingCells.get(row) ?? [])
          : [],
    given: (row, column) => {
      if (row !== headerRow || column < 2) return null;
      const [line, at] = [Math.floor((column - 2) / values.length), (column - 2) % values.length];
      if (!yearLines.has(line)) return roles[line] ?? null;
      const because = `${REWRITTEN}: the years of the ${kinds[0] ?? ''} line's figures`;
      return { role: 'other', because, yearsOf: 2 + at };
    },
  };
}

/**
 * A sheet of one indicator (鳥取県 工程表 H26: 「指標1」, then the record lines 「指標名 |
 * 指標の分類」 over 「経営革新計画、…の支援件数 | 成果指標」, then the header of roles with an empty
 * corner, 基準値 … 長期的目標値, over the lines 数値 and 時点): read as the blocks of that form are
 * when two or more share a header (the first line's figures by the header's words, the later
 * line the years of its figures), the KPI named by the record's 指標名 where it has one, else by
 * the heading; the record's other fields columns of their own, kept as printed. Null unless a
 * later line is the years of the first line's figures: a heading over a plain table is no such sheet.
 */
export function oneIndicatorBlock(block: Block, lines: readonly GridRow[]): TurnedTable | null {
  const { heading } = block;
  if (heading === null) return null;
  const at = recordedHeaderAt(block);
  if (at < 0) return null;
  const sheet: Block = { heading, rows: block.rows.slice(at) };
  const body = sheet.rows.slice(1);
  if (body.length < 2 || body.some((r) => label(r) === '')) return null;
  if (!body.slice(1).some((_, l) => yearsLine([sheet], l + 1))) return null;
  const fields = recordFields(block.rows.slice(0, at));
  if (fields === null) return null;
  const named = fields.find((f) => NAME_LABEL.test(f.label.text.trim()));
  const name: GridRow | null = named ? { row: named.value.row, cells: [named.value.text] } : null;
  const titles = name ? [...lines, heading].sort((a, b) => a.row - b.row) : lines;
  const table = blockKpis(
    [{ heading: name ?? heading, rows: sheet.rows }],
    titles,
    body.map(label),
  );
  const others = fields.filter((f) => f !== named);
  return others.length === 0 ? table : withRecordColumns(table, [others], titles.length + 1);
}

/**
 * The table with the records' fields as columns after the KPIs' names, labels over values: one
 * record per KPI row under the header at `headerRow`, every record the same labels; the first
 * record's labels the header's, a later record's their copies.
 */
function withRecordColumns(
  table: TurnedTable,
  records: readonly (readonly RecordField[])[],
  headerRow: number,
): TurnedTable {
  const [fields = []] = records;
  const k = fields.length;
  const ours = (row: number) => row >= headerRow && row <= headerRow + records.length;
  const shift = (row: number, column: number) =>
    ours(row) && column > k + 1 ? column - k : column;
  const field = (row: number, column: number) =>
    ours(row) && column >= 2 && column <= k + 1
      ? records[Math.max(0, row - headerRow - 1)]?.[column - 2]
      : undefined;
  const READ_AS = "a field of the sheet's record (its label over its value), kept as printed";
  return {
    ...table,
    rows: table.rows.map((r) =>
      ours(r.row)
        ? {
            row: r.row,
            cells: [
              r.cells[0] ?? '',
              ...fields.map((_, c) => {
                const f = field(r.row, c + 2);
                return (r.row === headerRow ? f?.label.text : f?.value.text) ?? '';
              }),
              ...r.cells.slice(1),
            ],
          }
        : r,
    ),
    origin: (row, column) => {
      const f = field(row, column);
      if (f) return row === headerRow ? f.label : f.value;
      return table.origin(row, shift(row, column));
    },
    readAs: (column) =>
      column >= 2 && column <= k + 1 ? READ_AS : table.readAs(column > k + 1 ? column - k : column),
    copies: (row, column) => {
      if (!field(row, column)) return table.copies?.(row, shift(row, column)) ?? [];
      // The later records' labels, printed again over their values: the header's copies.
      return row === headerRow ? records.slice(1).flatMap((r) => r[column - 2]?.label ?? []) : [];
    },
    given: (row, column) =>
      row === headerRow && column >= 2 && column <= k + 1
        ? { role: 'other', because: READ_AS }
        : shiftedYears(table.given?.(row, shift(row, column)) ?? null, k),
  };
}

/** A given role whose years are of a column the record's fields moved right by `k`. */
function shiftedYears(given: GivenRole | null, k: number): GivenRole | null {
  if (given?.yearsOf === undefined || given.yearsOf < 2) return given;
  return { ...given, yearsOf: given.yearsOf + k };
}
