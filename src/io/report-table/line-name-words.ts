import type { GridRow } from '../grid.ts';
import type { TurnedTable } from './cell-origin.ts';
import { splitFirstColumn } from './first-column-split.ts';
import { isPercentRate } from './rate-cell.ts';
import { ratesOrGaps } from './rate-named-lines.ts';
import { isTableRow, tableBlock } from './table-block.ts';

/** A line's word after the KPI's name: short, no figure. */
const WORD = 8;
/** 「訪問介護 計画」 (a space, half or full width), 「訪問介護（対見込比）」: the name and the line's word. */
const SPACED = /^(.+?)[\s\u3000]+([^\s\u3000]+)$/u;
const BRACKETED = /^(.+?)[(（]([^()（）]+)[)）]$/u;

/** A label's name and line word, or null for a label of no such form. */
export function nameAndWord(label: string): { name: string; word: string } | null {
  const text = label.trim();
  const found = SPACED.exec(text) ?? BRACKETED.exec(text);
  if (!found) return null;
  const [name, word] = [(found[1] ?? '').trim(), found[2] ?? ''];
  if (name.length < 2 || word.length > WORD || /[0-9０-９]/.test(word)) return null;
  return { name, word };
}

/** Whether a line's cells right of its label are all rates (or marks where a year has none), one a rate. */
const ratesOnly = (row: GridRow): boolean =>
  ratesOrGaps(row.cells.slice(1)) && row.cells.slice(1).some(isPercentRate);

interface Line {
  readonly row: GridRow;
  readonly name: string;
  readonly word: string;
}

/**
 * The body's lines in groups of one name each, the words alike in every group and one line of
 * each all rates, at the same place: null unless every line is so, in two groups or more.
 */
function nameGroups(body: readonly GridRow[]): Line[][] | null {
  const groups: Line[][] = [];
  for (const row of body) {
    const split = nameAndWord(row.cells[0] ?? '');
    if (split === null) return null;
    const last = groups.at(-1);
    if (last !== undefined && last[0]?.name === split.name) last.push({ row, ...split });
    else groups.push([{ row, ...split }]);
  }
  const [first] = groups;
  if (first === undefined || groups.length < 2 || first.length < 2 || first.length > 4) return null;
  const words = first.map((l) => l.word).join('\t');
  if (new Set(first.map((l) => l.word)).size !== first.length) return null;
  const rateAt = first.findIndex((l) => ratesOnly(l.row));
  if (rateAt < 0) return null;
  for (const group of groups) {
    if (group.map((l) => l.word).join('\t') !== words) return null;
    if (group.findIndex((l) => ratesOnly(l.row)) !== rateAt) return null;
  }
  return groups;
}

/**
 * A KPI's lines each named by the KPI's name and the line's word in one cell (介護保険事業計画
 * 「訪問介護 計画」 / 「訪問介護 実績」 / 「訪問介護 計画比」, any words, the same for every KPI, one
 * line of each KPI its rates): the first column split in two, the name on the KPI's first line
 * and each line's word beside it, so that the lines are read as those of one KPI by their words
 * or, words no rule knows, by what the rates say (kpi-lines.ts). Null for any other table.
 */
export function splitLineNameWords(rows: readonly GridRow[]): TurnedTable | null {
  // The cheap test first: the first line under a header of one row is such a label.
  const firstLine = rows.filter(isTableRow)[1];
  if (firstLine === undefined || nameAndWord(firstLine.cells[0] ?? '') === null) return null;
  const block = tableBlock(rows);
  if (!block || block.body.length < 4) return null;
  const groups = nameGroups(block.body);
  if (groups === null) return null;
  const lines = groups.flatMap((group) =>
    group.map((line, i) => ({ row: line.row, name: i === 0 ? line.name : '', word: line.word })),
  );
  return splitFirstColumn(
    block,
    lines,
    "the first column's lines, each a KPI's name and the line's word",
  );
}
