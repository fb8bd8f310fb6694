import type { GridRow } from '../grid.ts';
import type { TurnedTable } from './cell-origin.ts';
import { splitFirstColumn } from './first-column-split.ts';
import { isTableRow, tableBlock } from './table-block.ts';

/**
 * A line's word written into the name of what it measures: 「計画職員数」 / 「実職員数」 (a
 * 定員適正化計画's plan and result), 「目標件数」 / 「実績件数」, 「職員数（計画）」 / 「職員数（実績）」.
 * The word and the name; null for a label that is no such line.
 */
export function fusedLineWord(label: string): { word: 'plan' | 'actual'; name: string } | null {
  const text = label.normalize('NFKC').replace(/\s+/g, '');
  const bracketed = /^(.+?)[(]\s*(計画|目標|実績|実)値?[)]$/.exec(text);
  const prefixed = bracketed ? null : /^(計画|目標|実績|実)値?(.+)$/.exec(text);
  const word = bracketed?.[2] ?? prefixed?.[1];
  const name = bracketed?.[1] ?? prefixed?.[2];
  if (word === undefined || name === undefined || name.length < 2) return null;
  // The two set against each other (「計画との差」, 「実績に対する割合」): a line of neither.
  if (/^[とにの]/.test(name)) return null;
  return { word: word === '計画' || word === '目標' ? 'plan' : 'actual', name };
}

/** The word `kpi-lines.ts` reads a fused label's line by: 計画 or 実績. */
export function fusedLineName(label: string): '計画' | '実績' | null {
  const fused = fusedLineWord(label);
  return fused === null ? null : fused.word === 'plan' ? '計画' : '実績';
}

interface Line {
  readonly row: GridRow;
  /** The KPI's name on the group's first line, else ''. */
  readonly name: string;
  /** The line's label as printed (計画職員数, 実職員数, 差引). */
  readonly label: string;
}

/**
 * Each group of a table's lines that are one KPI's plan and result, its word fused into the
 * name on each line (計画職員数 / 実職員数 / 差引), the other lines of the group after them:
 * null unless every line of the body is in such a group, each group's lines alike.
 */
function fusedGroups(body: readonly GridRow[]): Line[] | null {
  const lines: Line[] = [];
  let words: string[] | null = null;
  let index = 0;
  while (index < body.length) {
    const first = fusedLineWord(body[index]?.cells[0] ?? '');
    if (first === null) return null;
    const group: Line[] = [];
    const kinds = new Set<string>();
    for (; index < body.length; index += 1) {
      const row = body[index] as GridRow;
      const label = (row.cells[0] ?? '').trim();
      const fused = fusedLineWord(label);
      if (fused !== null && fused.name !== first.name) break;
      // A line of neither (差引, 増減数) belongs to the group above it, kept as printed.
      if (fused === null && group.length < 2) return null;
      if (fused !== null && kinds.has(fused.word)) break;
      if (fused !== null) kinds.add(fused.word);
      group.push({ row, name: group.length === 0 ? first.name : '', label });
    }
    if (!kinds.has('plan') || !kinds.has('actual')) return null;
    const own = group.map((l) => fusedLineName(l.label) ?? l.label);
    if (words !== null && own.join('\t') !== words.join('\t')) return null;
    words = own;
    lines.push(...group);
  }
  return lines.length > 0 ? lines : null;
}

/**
 * Whether the first line under the header is fused: the second row of two filled cells or more,
 * or the third under a header of two rows.
 */
function firstLineFused(rows: readonly GridRow[]): boolean {
  let tableRows = 0;
  for (const row of rows) {
    if (!isTableRow(row)) continue;
    tableRows += 1;
    if (tableRows >= 2 && fusedLineWord(row.cells[0] ?? '') !== null) return true;
    if (tableRows === 3) return false;
  }
  return false;
}

/**
 * A table whose lines name a KPI's plan and result each with its word fused into the name
 * (定員適正化計画 「計画職員数」 / 「実職員数」 over the years, a line 「差引」 after them): the
 * first column split in two, the KPI's name on its first line and each line's label beside it,
 * which `kpi-lines.ts` reads by the word in it ({@link fusedLineName}), joining the lines as
 * those of one KPI. Null for any other table.
 */
export function splitFusedLineWords(rows: readonly GridRow[]): TurnedTable | null {
  // The cheap test first: this runs on every table, whose first line's label is seldom such a
  // line's; the block is found only then.
  if (!firstLineFused(rows)) return null;
  const block = tableBlock(rows);
  if (!block || block.body.length < 2) return null;
  if (fusedLineWord(block.body[0]?.cells[0] ?? '') === null) return null;
  const lines = fusedGroups(block.body);
  if (lines === null) return null;
  return splitFirstColumn(
    block,
    lines.map((l) => ({ row: l.row, name: l.name, word: l.label })),
    "the first column's lines, each a KPI's name and word",
  );
}
