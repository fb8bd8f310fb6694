import { planHeadingLevel } from './plan-heading.ts';
import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { GridRow } from '../grid.ts';
import type { CellOrigin, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { classifyHeader, headerYear } from './column-role.ts';
import { sameCells } from './heading-blocks.ts';
import type { TableBlock } from './table-block.ts';
import { isTableRow, tableBlock } from './table-block.ts';
import { LINE_WORD, lineWord } from './line-words.ts';
import type { LearnedWords } from './rate-learned-words.ts';
import { NO_WORDS_LEARNED, wordsBesideYear, wordsByRates } from './rate-learned-words.ts';

/** Roles whose column is told apart from its neighbours by the year its header names. */
const YEAR_ROLES = new Set(['baseline', 'actual', 'cumulative', 'target', 'narrative']);

/** A cell of a plain number (35,000, 71.4%, ▲3): no header's, told at a glance. */
const PLAIN_NUMBER = /^\s*[▲△-]?\s*[\d,.]+\s*%?\s*$/;

/**
 * Whether a row of the table is a header of its own: two or more of its cells name a known
 * column (単位, 目標値, 実績, 進捗率 …), by their words or by words the printed rates showed
 * (`learned`), and none of them holds a figure (a year aside: 「-28年度 (見込)」).
 */
function isOwnHeader(row: GridRow, learned: LearnedWords = NO_WORDS_LEARNED): boolean {
  // This runs on every row of every table: a row with a plain number is no header, told at
  // once (from the right, where a KPI row's figures are).
  for (let c = row.cells.length - 1; c >= 0; c -= 1)
    if (PLAIN_NUMBER.test(row.cells[c] ?? '')) return false;
  let named = 0;
  for (const cell of row.cells) {
    const text = cell.trim();
    if (text === '') continue;
    if (classifyHeader(text).role.kind !== 'other') named += 1;
    else if (headerYear(text) === null && parseDescribedFigure(text) !== undefined) return false;
    else if (learned.size > 0 && learned.has(wordsBesideYear(text))) named += 1;
  }
  return named >= 2;
}

/** Whether no cell of a row holds a figure (a year aside): a row of labels. */
function figureFree(row: GridRow): boolean {
  // This runs on every row of every table: a row with a plain number is no header, told at
  // once (from the right, where a KPI row's figures are).
  for (let c = row.cells.length - 1; c >= 0; c -= 1)
    if (PLAIN_NUMBER.test(row.cells[c] ?? '')) return false;
  for (const cell of row.cells) {
    const text = cell.trim();
    if (text !== '' && headerYear(text) === null && parseDescribedFigure(text) !== undefined)
      return false;
  }
  return true;
}

/** A row of three labels or more and no figure: a block's header by its shape alone. */
const isLabelRow = (row: GridRow): boolean =>
  row.cells.filter((c) => c.trim() !== '').length >= 3 && figureFree(row);

/**
 * The words of a table of blocks the printed rates name (`rate-learned-words.ts`), its header
 * and the rows of labels under it cutting it into blocks: tried only where the first header's
 * own words name fewer than two known columns. Empty when no row under the header is one of
 * labels, or no block's rates are reproduced.
 */
function learnedByRates(block: TableBlock): LearnedWords {
  const at: number[] = [];
  block.body.forEach((row, i) => {
    if (isLabelRow(row)) at.push(i);
  });
  if (at.length === 0 || !isLabelRow(block.header)) return NO_WORDS_LEARNED;
  const starts = [-1, ...at];
  const sections = starts.map((start, s) => ({
    header: start < 0 ? block.header : (block.body[start] as GridRow),
    rows: block.body.slice(start + 1, starts[s + 1] ?? block.body.length),
  }));
  return wordsByRates(sections);
}

/**
 * What a header cell names, so that the same column printed again in other words is one
 * column: 「27年度 目標(計画)値」 and 「27年度 目標値」 are both the target of H27. The column
 * naming the rows (`labelAt`) is the label; a cell the words cannot place is told by its words.
 */
function columnKey(cell: string, index: number, labelAt: number, learned: LearnedWords): string {
  if (index === labelAt) return 'label';
  const text = cell.normalize('NFKC').replace(/\s+/g, '');
  if (text === '') return `empty:${index}`;
  const { role } = classifyHeader(text);
  const byRates = role.kind === 'other' ? learned.get(wordsBesideYear(text)) : undefined;
  if (byRates !== undefined) return `${byRates}:${headerYear(text) ?? ''}`;
  if (YEAR_ROLES.has(role.kind) && 'fiscalYear' in role && role.fiscalYear !== null)
    return `${role.kind}:${role.fiscalYear}`;
  if (role.kind === 'unit' || role.kind === 'kpi') return role.kind;
  return `text:${text}`;
}

/**
 * The column naming a header's rows: the first, unless it names a level of the plan above a
 * column whose words name the KPIs (総合戦略 「施策 | KPI | 基準値 …」 under a block
 * 「数値目標 | 基準値 …」): then that column, so the names of both blocks are one column.
 */
function labelColumn(cells: readonly string[]): number {
  const first = classifyHeader(cells[0] ?? '').role.kind;
  if (first !== 'theme' && first !== 'policy') return 0;
  const named = cells.findIndex((cell, i) => i > 0 && classifyHeader(cell).role.kind === 'kpi');
  return named > 0 ? named : 0;
}

/** A header and the rows under it, up to the next header. */
interface Section {
  readonly header: GridRow;
  readonly rows: readonly GridRow[];
  readonly keys: readonly string[];
}

/** Each header cell's key, a key printed twice in one header told apart by its place. */
function keysOf(header: GridRow, width: number, learned: LearnedWords): string[] {
  const seen = new Set<string>();
  const cells = Array.from({ length: width }, (_, i) => header.cells[i] ?? '');
  const labelAt = labelColumn(cells);
  return cells.map((cell, i) => {
    const key = columnKey(cell, i, labelAt, learned);
    const own = seen.has(key) ? `${key}#${i}` : key;
    seen.add(own);
    return own;
  });
}

/**
 * The sections the header rows at `at` (indices into `body`, ascending) cut the body into;
 * null when one of them would have no rows (a second header line right under the first).
 */
function sectionsOf(
  header: GridRow,
  body: readonly GridRow[],
  at: readonly number[],
  learned: LearnedWords,
): Section[] | null {
  const starts = [-1, ...at];
  const sections: Section[] = [];
  for (let s = 0; s < starts.length; s += 1) {
    const from = (starts[s] ?? -1) + 1;
    const to = starts[s + 1] ?? body.length;
    if (to <= from) return null;
    const head = s === 0 ? header : (body[from - 1] as GridRow);
    const rows = body.slice(from, to);
    let width = head.cells.length;
    for (const r of rows) width = Math.max(width, r.cells.length);
    sections.push({ header: head, rows, keys: keysOf(head, width, learned) });
  }
  return sections;
}

/**
 * Whether a row of words is the first of the next KPI's lines, no header: its cell under the
 * column naming the lines is a line's word, as the row above's is (新庄市 事務事業評価 「その他
 * (対象指標) | 地区住民数 | 見込 | … | 4月1日現在 行政区年齢別人口(総合政策)」, no figure, under
 * 「 | | 達成率 | 66.4% …」). A later block's header names its column of lines otherwise (区分).
 */
function nextKpiLines(row: GridRow, above: GridRow | undefined): boolean {
  if (above === undefined) return false;
  const isLineWord = (cell: string | undefined) =>
    cell !== undefined && cell.trim() !== '' && LINE_WORD.test(lineWord(cell));
  return row.cells.some((cell, c) => isLineWord(cell) && isLineWord(above.cells[c]));
}

/**
 * The rows with the heading line of each later block set apart: a line of one cell right above
 * a header of its own (加古川市 事務事業評価 「【事業実績】」 over 活動指標名 | 単位 | 平成30年度 …,
 * 「【事業成果】」 over 成果指標名 …), which else ends the table at the first block. Null when no
 * such line stands between two blocks.
 */
function headedBlocks(rows: readonly GridRow[]): { rows: GridRow[]; headings: GridRow[] } | null {
  const first = rows.findIndex(isTableRow);
  if (first < 0) return null;
  const headings: GridRow[] = [];
  const kept: GridRow[] = [];
  rows.forEach((row, i) => {
    const next = rows[i + 1];
    const heading = i > first && !isTableRow(row) && next !== undefined && isOwnHeader(next);
    (heading ? headings : kept).push(row);
  });
  return headings.length > 0 ? { rows: kept, headings } : null;
}

/** A line of one cell, or a form's field: a word naming no column, then its value (「計画期間 | 平成22年度~平成26年度」). */
function isFieldOrTitleLine(row: GridRow): boolean {
  const filled = row.cells.filter((c) => c.trim() !== '');
  if (filled.length <= 1) return true;
  if (filled.length !== 2 || row.cells.length > 2) return false;
  const [word = '', value = ''] = filled;
  return (
    classifyHeader(word).role.kind === 'other' &&
    classifyHeader(value).role.kind === 'other' &&
    !PLAIN_NUMBER.test(value)
  );
}

/**
 * The table of rows whose blocks' heading lines are set apart, from its first header of its own:
 * lines of a form's fields above it (地域再生計画 事後評価調書 「地域再生計画名 | 「…」」, 「計画期間 |
 * 平成22年度~平成26年度」), rows of two cells, are title lines above the table, not its header.
 */
function fromFirstHeader(rows: readonly GridRow[]): TableBlock | null {
  const block = tableBlock(rows);
  if (block === null || isOwnHeader(block.header)) return block;
  const at = rows.findIndex((row) => isTableRow(row) && isOwnHeader(row));
  if (at <= 0 || !rows.slice(0, at).every(isFieldOrTitleLine)) return block;
  const from = tableBlock(rows.slice(at));
  return from && { ...from, above: [...rows.slice(0, at), ...from.above] };
}

/**
 * A table of blocks one under another, each under a header of its own (a 事務事業評価 sheet:
 * the 対象 over 25年度(実績) …, the 活動指標 over 27年度 目標(計画)値 | 25年度 (実績) … | 進捗率
 * (対目標値) | 28年度 (計画値), the 成果指標 over 27年度 目標値 …): read as one table whose columns
 * are all the blocks' columns, a column printed in several headers once (by the role and year
 * its words name, else by its words), each block's rows under it, its later headers' cells
 * copies of the first one's. Null unless two or more headers differ, each over rows of its own.
 */
export function stackOwnHeaderBlocks(rows: readonly GridRow[]): TurnedTable | null {
  const headed = tableBlock(rows) === null ? headedBlocks(rows) : null;
  const block = headed ? fromFirstHeader(headed.rows) : tableBlock(rows);
  if (!block) return null;
  // Where the header's words name too few columns, the printed rates may name its words.
  const learned = isOwnHeader(block.header) ? NO_WORDS_LEARNED : learnedByRates(block);
  if (!isOwnHeader(block.header, learned)) return null;
  // A second header line right under the first leaves the first block no rows: not blocks.
  const [second] = block.body;
  if (second && isOwnHeader(second, learned)) return null;
  // One pass finds the headers, before any section is built: most tables have one.
  const at: number[] = [];
  block.body.forEach((row, i) => {
    if (isOwnHeader(row, learned) && !nextKpiLines(row, block.body[i - 1])) at.push(i);
  });
  const sections = at.length === 0 ? null : sectionsOf(block.header, block.body, at, learned);
  if (sections === null) return null;
  if (sections.every((s) => sameCells(s.header.cells, block.header.cells))) return null;
  const union: string[] = [];
  const printedAt = new Map<string, { place: CellOrigin; text: string }[]>();
  for (const s of sections)
    s.keys.forEach((key, c) => {
      const printed = {
        place: { row: s.header.row, column: c + 1 },
        text: s.header.cells[c] ?? '',
      };
      if (!union.includes(key)) union.push(key);
      printedAt.set(key, [...(printedAt.get(key) ?? []), printed]);
    });
  // Each column under the first of its header cells that prints a word; the others its copies.
  const chosen = union.map((key) => {
    const all = printedAt.get(key) ?? [];
    const first = all.find((p) => p.text.trim() !== '') ?? all[0];
    const copies = all.filter((p) => p !== first && p.text.trim() !== '').map((p) => p.place);
    return { first, copies };
  });
  const headerCells = chosen.map((c) => c.first?.text ?? '');
  // A block's heading line naming a level of the plan (総合戦略 「基本目標１ …」 over 数値目標 |
  // 基本値 …) heads its rows in the table, read as a heading of the plan tree, not a title line.
  const lines = [...block.above, ...(headed?.headings ?? [])];
  const planHeadings = new Map<number, GridRow>();
  for (const line of lines) {
    const cells = line.cells.filter((c) => c.trim() !== '');
    const section = sections.find((x) => x.header.row === line.row + 1);
    if (section && cells.length === 1 && planHeadingLevel(cells[0] ?? '') !== null)
      planHeadings.set(section.header.row, line);
  }
  const origins = new Origins();
  const out = origins.keepAll(lines.filter((l) => ![...planHeadings.values()].includes(l)));
  const headerRow = out.length + 1;
  chosen.forEach(({ first }, u) => {
    if (first) origins.set(headerRow, u + 1, first.place);
  });
  out.push({ row: headerRow, cells: headerCells });
  // Each later section a table of its own: its totals its rows', its KPIs numbered afresh.
  const tableStarts = new Set<number>();
  const labelAt = Math.max(0, union.indexOf('label'));
  for (const [i, s] of sections.entries()) {
    const heading = planHeadings.get(s.header.row);
    if (heading) {
      const row = out.length + 1;
      const c = heading.cells.findIndex((x) => x.trim() !== '');
      origins.set(row, labelAt + 1, { row: heading.row, column: c + 1 });
      out.push({
        row,
        cells: union.map((_, u) => (u === labelAt ? (heading.cells[c] ?? '') : '')),
      });
    }
    for (const [l, line] of s.rows.entries()) {
      const row = out.length + 1;
      if (i > 0 && l === 0) tableStarts.add(row);
      const cells = union.map((key, u) => {
        const c = s.keys.indexOf(key);
        if (c < 0) return '';
        origins.set(row, u + 1, { row: line.row, column: c + 1 });
        return line.cells[c] ?? '';
      });
      out.push({ row, cells });
    }
  }
  origins.append(out, block.below);
  return {
    rows: out,
    origin: origins.origin,
    headerRow: block.header.row,
    readAs: () => null,
    copies: (row, column) => (row === headerRow ? (chosen[column - 1]?.copies ?? []) : []),
    tableStarts,
    ...(learned.size === 0 ? {} : { given: givenByLearned(headerRow, union, headerCells) }),
  };
}

/**
 * The roles of the columns keyed by words the printed rates named (their own words naming
 * none), on the union's header line.
 */
function givenByLearned(
  headerRow: number,
  union: readonly string[],
  cells: readonly string[],
): NonNullable<TurnedTable['given']> {
  const because =
    "read by the printed rates: its words head the column a block's rates divide, or divide by";
  return (row, column) => {
    if (row !== headerRow) return null;
    const role = (union[column - 1] ?? '').split(':')[0];
    if (role !== 'actual' && role !== 'target') return null;
    if (classifyHeader(cells[column - 1] ?? '').role.kind !== 'other') return null;
    return { role, because };
  };
}
