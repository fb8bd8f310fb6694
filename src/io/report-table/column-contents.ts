import { directionWord } from '../../domain/direction-mark.ts';
import { parseDescribedFigure } from '../../domain/described-figure.ts';
import { isSentence } from './sentence-cell.ts';
import { asFractionColumn } from './fraction-column.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import type { GridRow } from '../grid.ts';
import type { Column } from './header-map.ts';
import { SET_BY_HAND } from './header-map.ts';
import { isUnreadable } from './table-reader.ts';
import { wordTarget } from './word-targets.ts';

/** How many data rows the column evidence and the role search look at, evenly spread. */
const SAMPLE = 240;

/** Up to {@link SAMPLE} rows of a table, evenly spread over it, first and last included. */
export function sampleRows(rows: readonly GridRow[]): readonly GridRow[] {
  if (rows.length <= SAMPLE) return rows;
  const step = (rows.length - 1) / (SAMPLE - 1);
  return Array.from({ length: SAMPLE }, (_, i) => rows[Math.round(i * step)] as GridRow);
}

/** A cell's figure as a number, NaN when it holds none (text, a dash, empty). */
export function figureNumber(cell: string | undefined): number {
  if (cell === undefined || cell.trim() === '') return Number.NaN;
  const value = parseDescribedFigure(cell)?.parsed.figure.value;
  return value === undefined || value === null ? Number.NaN : Number(value);
}

/**
 * What the non-empty cells of a column are: how many (year labels and numbers in words aside),
 * and how many read as a figure, a dash, a level kept (維持), a way to go (増加) or a target in
 * words (ゼロ, 半減).
 */
export interface ColumnContents {
  readonly filled: number;
  readonly figures: number;
}

/** A target kept as it is (現状維持, 維持): a figure's place, not a sentence. */
const MAINTAIN = /維持/;

export function columnContents(
  rows: readonly GridRow[],
  index: number,
  /** Sentences with numbers in them are text (the goals themselves: 「…を1ポイント以上増加」). */
  sentences = false,
): ColumnContents {
  let filled = 0;
  let figures = 0;
  for (const row of rows) {
    const cell = row.cells[index];
    if (cell === undefined || cell.trim() === '') continue;
    // A year label (鳥取県's 時点 line, R元 R3) is neither a figure nor text: not counted.
    if (parseFiscalYear(cell.trim()) !== undefined) continue;
    // A way to go where a target would be (「増加」, `domain/direction-mark.ts`) is a figure's place too.
    const figure =
      parseDescribedFigure(cell) !== undefined ||
      MAINTAIN.test(cell) ||
      directionWord(cell) !== null ||
      wordTarget(cell, null) !== null;
    // Numbers in words (a range 60,312t〜63,173t, 令和5年度までに10団体) say neither.
    if (!figure && !sentences && /[0-9０-９]/.test(cell)) continue;
    // A cell printed 「?」 or #REF! (the source could not give it) says neither.
    if (!figure && isUnreadable(cell.trim())) continue;
    filled += 1;
    if (figure) figures += 1;
  }
  return { filled, figures };
}

/** Whether a column's filled cells (one or more) are all text: no figure, year or dash among them. */
function textOnly(sample: readonly GridRow[], index: number): boolean {
  let filled = 0;
  for (const row of sample) {
    const cell = (row.cells[index] ?? '').trim();
    if (cell === '') continue;
    if (parseDescribedFigure(cell) !== undefined || parseFiscalYear(cell) !== undefined)
      return false;
    if (isUnreadable(cell)) return false;
    filled += 1;
  }
  return filled > 0;
}

/** Whether a column holds text, not figures: most of its (two or more) cells read as no figure. */
export const holdsText = (c: ColumnContents): boolean => c.filled >= 2 && c.figures * 2 < c.filled;

const FIGURE_ROLES: ReadonlySet<Column['role']['kind']> = new Set([
  'target',
  'baseline',
  'actual',
  'cumulative',
  'difference',
]);

/** Whether a column's filled cells (one or more) are all sentences. */
function sentencesOnly(sample: readonly GridRow[], index: number): boolean {
  const filled = sample.map((r) => (r.cells[index] ?? '').trim()).filter((t) => t !== '');
  return filled.length > 0 && filled.every(isSentence);
}

/** A header naming the goals themselves, not a figure of them. */
const GOALS = /成果目標/;

/**
 * A column its header words take for figures (a target, a baseline, an actual) while its cells
 * are text is not one: a description of the goal headed 「目標」, or the KPI titles themselves
 * headed 「成果目標」. Such a column names the KPIs when no column does and none left of it might;
 * else it is narrative. A role set by hand stays.
 */
export function withTextColumnsRead(
  columns: readonly Column[],
  sample: readonly GridRow[],
): Column[] {
  let kpiNamed = columns.some((c) => c.role.kind === 'kpi');
  return columns.map((c) => {
    if (!FIGURE_ROLES.has(c.role.kind) || c.because === SET_BY_HAND) return c;
    const fraction = asFractionColumn(c, sample);
    if (fraction !== null) return fraction;
    const contents = columnContents(sample, c.index, GOALS.test(c.label));
    const leftmost = columns.slice(0, c.index).every((x) => x.role.kind !== 'other');
    // Of a table of one KPI (那珂川町's one goal), the one cell is the evidence for naming it;
    // one unreadable or odd cell under a figure column (神川町's `?`) makes no narrative.
    const cell = (sample[0]?.cells[c.index] ?? '').trim();
    // A sentence alone under a figure column of a table of one KPI is no figure (目標の進捗状況);
    // nor are sentences alone under a difference's word (「差異について考えられる要因…」, one
    // cell merged over the lines it explains).
    const sentence =
      contents.figures === 0 &&
      (sample.length === 1
        ? isSentence(cell)
        : c.role.kind === 'difference' && sentencesOnly(sample, c.index));
    const names =
      !kpiNamed &&
      leftmost &&
      sample.length === 1 &&
      contents.filled === 1 &&
      contents.figures === 0 &&
      !isUnreadable(cell);
    // Left of the KPIs' names, text alone (a first column headed 目標 over 「１．健康長寿」): a
    // level of the plan the KPIs are under, whatever its word.
    const level =
      columns.some((x) => x.role.kind === 'kpi' && x.index > c.index) && textOnly(sample, c.index);
    if (level)
      return {
        ...c,
        role: { kind: 'theme' },
        because: `${c.because}, but its cells are text left of the KPIs' names: a level of the plan`,
      };
    if (!holdsText(contents) && !names && !sentence) return c;
    const words = `${c.because}, but its cells are text`;
    // A column headed as the goals themselves (成果目標) names them even right of
    // columns of other text (産地 forms: 市町村名 | 事業実施主体 | 品目 | 成果目標 | 計画時 …).
    if (!kpiNamed && (leftmost || GOALS.test(c.label))) {
      kpiNamed = true;
      return { ...c, role: { kind: 'kpi' }, because: `${words}: the KPIs' names` };
    }
    // The year a target's or a baseline's header names (「平成27年度までの数値目標 (目標年度:平成32年度)」)
    // is the goal's or the start's, not the year the text reports on.
    const reported = c.role.kind === 'actual' || c.role.kind === 'cumulative';
    const fiscalYear = reported && 'fiscalYear' in c.role ? c.role.fiscalYear : null;
    return { ...c, role: { kind: 'narrative', fiscalYear }, because: `${words}: narrative` };
  });
}
