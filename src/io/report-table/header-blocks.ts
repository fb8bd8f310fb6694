import type { GridRow } from '../grid.ts';
import type { CellOrigin, GivenRole, TurnedTable } from './cell-origin.ts';
import { turnFigureRows } from './figure-rows.ts';
import type { Block } from './heading-blocks.ts';
import { blocksOf, sameCells } from './heading-blocks.ts';
import { oneIndicatorBlock, repeatedHeaderBlocks } from './repeated-header-blocks.ts';
import { turnYearRows } from './year-rows.ts';

/** One block read as one KPI: its rewritten header lines (words, years) and its KPI line. */
interface OneKpi {
  readonly words: readonly string[];
  readonly years: readonly string[];
  readonly kpi: readonly string[];
  /** The file place of a cell of the block's rewritten lines: 0 words, 1 years, 2 the KPI. */
  readonly origin: (line: 0 | 1 | 2, column: number) => CellOrigin;
  readonly readAs: (column: number) => string | null;
  /** The role the rewrite gave a column of its words line (the total's running actual). */
  readonly given: (column: number) => GivenRole | null;
}

/** A block of kinds of figure over years (小坂町 計画目標値 A … over 19年度 …) read as one KPI. */
function oneKpi(block: Block): OneKpi | null {
  const rows = block.heading ? [block.heading, ...block.rows] : block.rows;
  const across = turnFigureRows(rows);
  if (!across) return null;
  const down = turnYearRows(across.rows);
  if (!down) return null;
  const lines = down.rows.slice(-3);
  const [words, years, kpi] = lines;
  if (!words || !years || !kpi || down.rows.length !== 3) return null;
  return {
    words: words.cells,
    years: years.cells,
    kpi: kpi.cells,
    origin: (line, column) => {
      const mid = down.origin(lines[line]?.row ?? 0, column);
      return across.origin(mid.row, mid.column);
    },
    readAs: (column) => down.readAs(column),
    given: (column) => down.given?.(words.row, column) ?? null,
  };
}

/**
 * A table printed as one block per KPI, each under its heading line with its own header (小坂町
 * 財政健全化計画: 「1.地方債現在高 (単位:百万円)」 over 19年度 … 23年度, then the rows 計画目標値
 * A, 実績(見込)値 B, 乖離値 C(A-B), 乖離率 D(C/A)): each block is read as one KPI, as a table of
 * kinds of figure over years is (いわき市), and, their headers alike, the KPIs are stacked under
 * the first block's header, each named by its heading. Lines of one cell not heading a block
 * come first, as title lines. Blocks of other rows under one header printed again are read by
 * {@link repeatedHeaderBlocks}; a sheet of one such block by {@link oneIndicatorBlock}. Null
 * for any other table.
 */
export function splitHeaderBlocks(rows: readonly GridRow[]): TurnedTable | null {
  const { blocks, lines } = blocksOf(rows);
  const [only] = blocks;
  if (blocks.length === 1 && only) return oneIndicatorBlock(only, lines);
  if (blocks.length < 2) return null;
  const kpis: OneKpi[] = [];
  for (const block of blocks) {
    const kpi = oneKpi(block);
    if (!kpi) return repeatedHeaderBlocks(blocks, lines);
    kpis.push(kpi);
  }
  const [first] = kpis;
  if (
    !first ||
    !kpis.every((k) => sameCells(k.words, first.words) && sameCells(k.years, first.years))
  )
    return null;
  const places = new Map<number, (column: number) => CellOrigin>();
  const out: GridRow[] = lines.map((line, i) => {
    places.set(i + 1, (column) => ({ row: line.row, column }));
    return { row: i + 1, cells: line.cells };
  });
  const add = (cells: readonly string[], origin: (column: number) => CellOrigin) => {
    const row = out.length + 1;
    places.set(row, origin);
    out.push({ row, cells });
  };
  add(first.words, (column) => first.origin(0, column));
  add(first.years, (column) => first.origin(1, column));
  const [wordsRow, yearsRow] = [out.length - 1, out.length];
  for (const kpi of kpis) add(kpi.kpi, (column) => kpi.origin(2, column));
  const later = kpis.slice(1);
  return {
    rows: out,
    origin: (row, column) => places.get(row)?.(column) ?? { row, column },
    headerRow: first.origin(0, 1).row,
    readAs: (column) => first.readAs(column),
    copies: (row, column) =>
      row === wordsRow || row === yearsRow
        ? later.map((k) => k.origin(row === wordsRow ? 0 : 1, column))
        : [],
    given: (row, column) => (row === wordsRow ? first.given(column) : null),
  };
}
