import type { GridRow } from '../grid.ts';
import type { TurnedTable } from './cell-origin.ts';
import { turnFigureRows } from './figure-rows.ts';
import { ungroupFigureRows } from './grouped-figure-rows.ts';
import { turnYearRowKpis } from './year-rows-kpis.ts';
import { turnYearRowKpiPairs } from './year-row-kpi-pairs.ts';
import { turnYearRowRateFormulas } from './year-row-rate-formulas.ts';
import { readLoneFigureRow } from './lone-figure-row.ts';
import { turnYearFigureLines } from './year-figure-lines.ts';
import { turnYearKindBlocks } from './year-kind-blocks.ts';
import { turnYearRows } from './year-rows.ts';
import { joinDatedRows } from './dated-figures.ts';
import { readSentenceRows } from './sentence-rows.ts';
import { readPlanResultSentences } from './plan-result-sentences.ts';
import { joinKpiLines } from './kpi-lines.ts';
import { liftHeadingLines } from './heading-kpi-lines.ts';
import { splitPartFigures } from './part-figures.ts';
import { splitFusedLineWords } from './fused-line-words.ts';
import { splitLineNameWords } from './line-name-words.ts';
import { joinRateLines } from './rate-lines.ts';
import { splitSideBySide } from './side-by-side.ts';
import { splitNamedColumnBlocks } from './named-column-blocks.ts';
import { splitHeaderBlocks } from './header-blocks.ts';
import { readKeyValueRecords } from './key-value-records.ts';
import { readDatedLineBlocks } from './dated-line-blocks.ts';
import { stackOwnHeaderBlocks } from './own-header-blocks.ts';
import { readYearHeaderBlocks } from './year-header-blocks.ts';
import { readGroupLineLabels } from './group-line-labels.ts';
import { readTreeLabelColumns } from './tree-label-columns.ts';
import { readNumberedTreeLabels } from './numbered-tree-labels.ts';
import { readBaseYearLines } from './base-year-lines.ts';
import { readGoalRecords } from './goal-records.ts';
import { readArrowGoalLines } from './arrow-goal-lines.ts';
import { readNameGoalLines } from './name-goal-lines.ts';
import { splitArrowGoalColumn } from './arrow-goal-column.ts';
import { readRoleYearLines } from './role-year-lines.ts';
import { readFormBox } from './form-box.ts';
import { readCodeLegend } from './code-legend.ts';
import { joinKeyedBoxes } from './keyed-boxes.ts';
import { foldColumnLetterLines } from './column-letter-line.ts';
import { readStackedTitledTables } from './stacked-titled-tables.ts';

/** The second rewrite read through the first: its places put back in the file. */
function composed(first: TurnedTable, second: TurnedTable): TurnedTable {
  const origin = (row: number, column: number) => {
    const mid = second.origin(row, column);
    return first.origin(mid.row, mid.column);
  };
  return {
    rows: second.rows,
    origin,
    headerRow: second.headerRow === null ? null : first.origin(second.headerRow, 1).row,
    ...(first.keepsRows === true && second.keepsRows === true ? { keepsRows: true } : {}),
    readAs: (column) => second.readAs(column) ?? first.readAs(column),
    // The second's copies are places of the first's grid, put back in the file as any cell.
    copies: (row, column) => {
      const mid = second.origin(row, column);
      const own = (second.copies?.(row, column) ?? []).map((c) => first.origin(c.row, c.column));
      return [...own, ...(first.copies?.(mid.row, mid.column) ?? [])];
    },
    // A cell either rewrite made (a line's word, a count) was never printed, traced back or not.
    made: (row, column) => {
      if (second.made?.(row, column) === true) return true;
      const mid = second.origin(row, column);
      return first.made?.(mid.row, mid.column) === true;
    },
    // A role the first gave a header cell the second kept (its place traced back) still holds;
    // its `yearsOf` names a column of the first's grid, right while the second keeps the
    // columns in place (dated-figures.ts does).
    given: (row, column) => {
      const own = second.given?.(row, column) ?? null;
      if (own !== null) return own;
      const mid = second.origin(row, column);
      return first.given?.(mid.row, mid.column) ?? null;
    },
    tableStarts: startsThrough(first, second),
    printed: (row, column) => {
      const own = second.printed?.(row, column) ?? null;
      if (own !== null) return own;
      const mid = second.origin(row, column);
      return first.printed?.(mid.row, mid.column) ?? null;
    },
  };
}

/**
 * The rows of the second rewrite that start a table of its own: its own, and those whose first
 * cell comes from a row that started one in the first (a KPI's lines joined after the blocks
 * were stacked: 桜川市 対象指標 then 成果指標, each numbered ①…).
 */
function startsThrough(first: TurnedTable, second: TurnedTable): ReadonlySet<number> | undefined {
  const before = first.tableStarts;
  if ((before === undefined || before.size === 0) && second.tableStarts === undefined)
    return undefined;
  const starts = new Set(second.tableStarts ?? []);
  if (before !== undefined && before.size > 0)
    for (const row of second.rows)
      if (before.has(second.origin(row.row, 1).row)) starts.add(row.row);
  return starts;
}

/**
 * The table rewritten when its rows are not KPIs: a KPI given as lines of 「項目 … 値」, one
 * record after another, each made a row; one block per KPI, each with its heading and
 * header (小坂町), stacked as rows of one table; two KPIs side by side in a row split into two
 * rows, sentences read as figures (寒川町), a KPI's
 * lines (上段 計画 / 中段 実績 / 下段 達成率; 計画職員数 / 実職員数, their words split off) joined into one row, rows of figures turned into columns
 * (杵築市, いわき市), blocks each under a header of its own stacked under one, then rows of years read as one KPI (神川町, いわき市 once turned), then
 * lines of dated figures joined to their KPI's row (神川町 定員管理). Null when it is read as
 * it is.
 */
export function turnTable(rows: readonly GridRow[]): TurnedTable | null {
  let turned: TurnedTable | null = null;
  for (const turn of [
    foldColumnLetterLines,
    readStackedTitledTables,
    readFormBox,
    readCodeLegend,
    joinKeyedBoxes,
    turnYearRowKpiPairs,
    turnYearRowRateFormulas,
    readLoneFigureRow,
    turnYearFigureLines,
    turnYearKindBlocks,
    readKeyValueRecords,
    readDatedLineBlocks,
    splitHeaderBlocks,
    readYearHeaderBlocks,
    stackOwnHeaderBlocks,
    splitSideBySide,
    splitNamedColumnBlocks,
    readGroupLineLabels,
    readTreeLabelColumns,
    readNumberedTreeLabels,
    readBaseYearLines,
    readGoalRecords,
    readArrowGoalLines,
    readNameGoalLines,
    splitArrowGoalColumn,
    readRoleYearLines,
    readPlanResultSentences,
    readSentenceRows,
    liftHeadingLines,
    joinRateLines,
    splitPartFigures,
    splitFusedLineWords,
    splitLineNameWords,
    joinKpiLines,
    ungroupFigureRows,
    turnFigureRows,
    turnYearRowKpis,
    turnYearRows,
    joinDatedRows,
  ]) {
    const next = turn(turned?.rows ?? rows, turned?.given);
    if (next) turned = turned ? composed(turned, next) : next;
  }
  return turned;
}
