import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { GridRow } from '../grid.ts';
import type { Column } from './header-map.ts';
import { SET_BY_HAND } from './header-map.ts';
import type { KpiDraft } from './kpi-draft.ts';

/**
 * Figures that carry their KPI's name. Some tables have no column of KPI names: each figure
 * cell says what it counts before the number, the target and the actual alike (大崎町
 * 「KPI(平成 32 年3月まで)」 "合同企業説明会参加者延べ人数 300 人" beside 「KPI(平成 27 年度)」
 * "合同企業説明会参加者延べ人数 32 人"). Such columns are figures whatever their header says, and
 * the name the figures of a row share is the KPI's.
 */

/** A cell that starts as a figure does (a digit, a sign): no words before it. */
const STARTS_AS_FIGURE = /^\s*[\d０-９△▲+\-−.,]/;

/** The period of a frequency (「年4回」, 「月1回」): what the count is per, not what it counts. */
const PERIOD = /^(?:年|月|週|日|年間|毎月|毎年)$/;

/** The words before a cell's figure ("新規農業生産法人数5件" → 新規農業生産法人数), or null. */
function figureWords(cell: string): string | null {
  // Checked first: this runs on the figure cells of every KPI row, most of them plain figures.
  if (cell.trim() === '' || STARTS_AS_FIGURE.test(cell)) return null;
  const words = parseDescribedFigure(cell)?.description ?? null;
  return words === null || PERIOD.test(words) ? null : words;
}

/** Whether most (two or more) of a column's filled sampled cells are figures with words before them. */
function holdsNamedFigures(sample: readonly GridRow[], index: number): boolean {
  let filled = 0;
  let named = 0;
  for (const row of sample) {
    const cell = row.cells[index] ?? '';
    if (cell.trim() === '') continue;
    filled += 1;
    if (figureWords(cell) !== null) named += 1;
  }
  return named >= 2 && named * 2 > filled;
}

/**
 * A column the header words take for the KPI names (the word 「KPI」) whose cells are figures,
 * each with its KPI's name before it, is a figure column: left for the printed rates to say
 * which (the role search reads an `other` column as a target, a baseline or an actual). A role
 * set by hand stays.
 */
export function withNamedFigureColumns(
  columns: readonly Column[],
  sample: readonly GridRow[],
): Column[] {
  return columns.map((c) => {
    if (c.role.kind !== 'kpi' || c.because === SET_BY_HAND) return c;
    if (!holdsNamedFigures(sample, c.index)) return c;
    return {
      ...c,
      role: { kind: 'other' },
      because: `${c.because}, but its cells are figures, each with its KPI's name before it`,
    };
  });
}

const NAMED_ROLES: ReadonlySet<Column['role']['kind']> = new Set([
  'target',
  'baseline',
  'actual',
  'cumulative',
]);

/**
 * The name a row's figures share: the words before the figure of every filled target,
 * baseline and actual cell, when two or more such cells say the same words; null otherwise
 * (a single described cell, 福知山市 "延床面積 45,298平方メートル", describes its figure, not the KPI).
 */
export function sharedFigureName(
  cells: readonly string[],
  columns: readonly Column[],
): string | null {
  let name: string | null = null;
  let count = 0;
  for (const c of columns) {
    if (!NAMED_ROLES.has(c.role.kind)) continue;
    const cell = cells[c.index] ?? '';
    if (cell.trim() === '') continue;
    const words = figureWords(cell);
    if (words === null || (name !== null && words !== name)) return null;
    name = words;
    count += 1;
  }
  return count >= 2 ? name : null;
}

/**
 * Names a KPI by the name its figures share; the naming column's own words (大崎町 具体的な取組み,
 * the action the KPI measures) are kept in its note under their header.
 */
export function nameByFigures(draft: KpiDraft, name: string, header: string): void {
  if (draft.title === name) return;
  if (draft.title !== '') {
    const kept = header.trim() === '' ? draft.title : `${header}: ${draft.title}`;
    draft.note = draft.note === null ? kept : `${draft.note}; ${kept}`;
  }
  draft.title = name;
}
