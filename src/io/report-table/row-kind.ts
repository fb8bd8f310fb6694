import { isGradeLine } from './grade-line.ts';
import { isGradeLegend } from './legend-scale.ts';
import { isNumberedGroupLine, planHeadingLevel } from './plan-heading.ts';
import type { Column } from './header-map.ts';
import { headerLineLabels, printsHeaderLine } from './header-line-labels.ts';
import { isEmptySlot } from './empty-slot.ts';
import { isRemarkSentence } from './remark-sentence.ts';
import { continuationLabel, startsWithKpiCode } from './label-cells.ts';
import { sharedFigureName } from './named-figures.ts';
import { namesIndicatorSection } from './indicator-section.ts';
import type { AlignedRow } from './row-alignment.ts';
import type { FiscalYearContext } from '../../domain/fiscal-year.ts';
import type { TargetSecondLine } from './target-second-line.ts';
import { targetSecondLine } from './target-second-line.ts';

/** What a data row is, read off its cells before any of them is placed. */
export type RowKind =
  /** A KPI's own row: its code or title in the KPI column; 計/合計 there makes it a total line. */
  | { readonly kind: 'kpi'; readonly totalLine: boolean }
  /** A 累計 row under a KPI (⑩): its figures are the cumulative actuals. */
  | { readonly kind: 'cumulative'; readonly labelIndex: number }
  /** A 合計 row under a KPI (⑱): the departments' total, or a cumulative total. */
  | { readonly kind: 'total'; readonly labelIndex: number }
  /** A department's breakdown row under a KPI (⑰ 情報政策課). */
  | { readonly kind: 'department'; readonly labelIndex: number }
  /**
   * The rest of the KPI name above, wrapped onto a line of its own as a PDF's cell wraps it
   * (「保育所待機児童」 then 「数」), with nothing else but the years of the figures above
   * (「(H30)」 under the baseline).
   */
  | { readonly kind: 'wrapped' }
  /** A plan-tree heading: only basic policy and theme cells. */
  | { readonly kind: 'heading' }
  /** The header printed again (富山県's second table under the same header): read as the header. */
  | { readonly kind: 'header' }
  /** A note printed on the table (※…, 注…, 「比較時点は各年10月時点」): kept as a note. */
  | { readonly kind: 'note' }
  /** A goal's second line under a KPI: a later target and the years it is due (`target-second-line.ts`). */
  | { readonly kind: 'target-line'; readonly line: TargetSecondLine }
  /** None of these: its cells are listed unplaced. */
  | { readonly kind: 'stray' };

/** What the row kind depends on besides the row: the header and whether a KPI came before. */
export interface RowContext {
  readonly columns: readonly Column[];
  readonly kpiColumn: number | null;
  readonly afterKpi: boolean;
  /** The row read just before this one, if any: what a line's years would be the years of. */
  readonly above?: AlignedRow | null;
  /** How the table's years read (an era's years with none named). */
  readonly yearContext?: FiscalYearContext;
}

/** A 計 row with a target or rate of its own is a total line of its group, not a continuation. */
function hasOwnRate(aligned: AlignedRow, columns: readonly Column[]): boolean {
  return columns.some(
    (c) =>
      (c.role.kind === 'rate' || c.role.kind === 'target') && (aligned.cells[c.index] ?? '') !== '',
  );
}

function headingOnly(aligned: AlignedRow, columns: readonly Column[]): boolean {
  return aligned.cells.every((text, index) => {
    const kind = columns[index]?.role.kind;
    return text === '' || kind === 'policy' || kind === 'theme';
  });
}

/**
 * A sentence saying when the figures were counted (「比較時点は各年10月時点」, 「(各年度の確定数値は3月末
 * 現在)」): a note under a 介護保険事業計画's table.
 */
const AS_OF_NOTE = /^[(（]?[^()（）]{4,}(?:時点|現在)[)）]?$/;

/**
 * How a remark starts: ※, 注, or an asterisk before its text (日進市 食育 「*策定時は、…」, the
 * notes under the table that say where each column's figures come from), or 参考 (松戸市
 * 「参考)婚姻率=婚姻件数/人口(千人) H26 5.3‰」, a definition or another year's figure).
 */
const REMARK_START = /^\s*(?:※|[(（]?注[)）:：\d]|[*＊](?=\S)|[(（【]?参考[)）】:：])/;

/**
 * A rate's formula stated in words (宇陀市 数値目標評価シート, under its boxes: 「達成率=重要業績評価指
 * 標の実績値÷重要業績評価指標の目標値」): a note on how the printed rates were made, not a KPI.
 */
const RATE_DEFINITION = /^[^=＝÷]{0,20}率\s*[=＝]\s*[^=＝÷]+[÷/／][^=＝÷]+$/;

/**
 * A row of one cell that starts as a remark does, says when the figures were counted, states
 * a rate's formula, is a sentence said of the rows (`remark-sentence.ts`) or the legend of the grades (「評価基準 A：100%以上
 * B：…」): a note on the table, not a KPI.
 */
function isNote(aligned: AlignedRow, labelIndex: number): boolean {
  // The cheap test first: most rows (a KPI's) fill more than one cell.
  for (let i = 0; i < aligned.cells.length; i += 1)
    if (i !== labelIndex && aligned.cells[i] !== '') return false;
  const first = aligned.cells[labelIndex] ?? '';
  return (
    REMARK_START.test(first) ||
    AS_OF_NOTE.test(first.trim()) ||
    RATE_DEFINITION.test(first.trim()) ||
    isRemarkSentence(first) ||
    isGradeLegend(first)
  );
}

/** A year alone, bracketed or not (「(H30)」, 「R6年度」): the year of the figure above it. */
const YEAR_ONLY =
  /^[(（]?\s*(?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*(?:年度?)?\s*[)）]?$|^[(（]\s*(?:19|20)\d{2}\s*(?:年度?)?\s*[)）]$/i;
/** How a year alone can start, before NFKC: a bracket, an era, its letter. */
const YEAR_START = /^[(（RrHh令平ＲＨｒｈ]/;
/** How a wrapped name's rest starts: a particle, a counter word, a closing bracket. */
const NAME_REST = /^[のをにがとへやで数率額量者件等)）」』]/;

/**
 * A line holding only the rest of the KPI name above and the years of its figures: text in the
 * KPI column (no code), no tree cell, every other cell empty or a year alone, each year under a
 * figure of the row above (under 「-」 it is no figure's year: 「単年度資金収支黒字化年度 | 平成21年度」
 * under 「不良債務解消年度 | -」 is a line of its own, its years its values). With no year, the
 * text must start as a name's rest does (「数」, 「の定員」), so that a KPI printed with no
 * figures is not taken for one.
 */
function isWrappedName(
  aligned: AlignedRow,
  columns: readonly Column[],
  kpiColumn: number | null,
  above: AlignedRow | null | undefined,
): boolean {
  if (kpiColumn === null) return false;
  // The other cells first, cheaply: this runs on every row after a KPI, most of them holding
  // figures, which a year never starts as.
  let years = 0;
  // An index loop, not entries(): an iterator and a pair a cell, on every row, were its cost.
  for (let index = 0; index < aligned.cells.length; index += 1) {
    if (index === kpiColumn) continue;
    const raw = (aligned.cells[index] ?? '').trim();
    if (raw === '') continue;
    if (!YEAR_START.test(raw)) return false;
    const kind = columns[index]?.role.kind;
    if (kind === 'policy' || kind === 'theme') return false;
    if (!YEAR_ONLY.test(raw.normalize('NFKC'))) return false;
    if (above && !/\d/.test(above.cells[index] ?? '')) return false;
    years += 1;
  }
  const name = (aligned.cells[kpiColumn] ?? '').normalize('NFKC').trim();
  // Years alone under the figures above (「(R6)」 under the target 8): the line a PDF's cells
  // wrapped their years onto, the name whole on its own line.
  if (name === '') return years > 0;
  if (startsWithKpiCode(name) || name.length > 20) return false;
  return years > 0 || NAME_REST.test(name);
}

const squeezed = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** Whether a text is printable ASCII with no space (「3,186」, 「57%」): its own NFKC, squeezed. */
function isBareAscii(text: string): boolean {
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code <= 0x20 || code >= 0x7f) return false;
  }
  return true;
}

/** A line that begins with a figure: one regular expression for every row, not one a row. */
const STARTS_WITH_DIGIT = /^[0-9０-９]/;

/**
 * A row of two or more cells, each the label of its column or the words of one line of it (a
 * header of two lines printed again, `header-line-labels.ts`): the header printed again.
 */
function repeatsHeader(aligned: AlignedRow, columns: readonly Column[]): boolean {
  const labels = headerLineLabels(columns);
  const cells = aligned.cells;
  // The cheap test first (this runs on every row): a figure (「3,186」) is squeezed as it is, so
  // a row's figure that is not its column's label tells it apart with no NFKC.
  for (let index = 0; index < cells.length; index += 1) {
    const text = cells[index] ?? '';
    if (text !== '' && isBareAscii(text) && !printsHeaderLine(text, labels[index])) return false;
  }
  let filled = 0;
  for (let index = 0; index < cells.length; index += 1) {
    const text = cells[index] ?? '';
    if (text === '') continue;
    if (!printsHeaderLine(squeezed(text), labels[index])) return false;
    filled += 1;
  }
  return filled >= 2;
}

/**
 * Reads a row's kind: a continuation (累計, 合計, a department) when its first cell says so and
 * a KPI came before, unless it is itself a KPI (a department name in the KPI column, a 計 row
 * with its own rate); a note (※…) is a note; the header printed again is the header; else a KPI
 * row, a heading, or a stray row.
 */
export function rowKind(aligned: AlignedRow, context: RowContext): RowKind {
  const { columns, kpiColumn } = context;
  const labelIndex = aligned.cells.findIndex((c) => c !== '');
  const first = aligned.cells[labelIndex] ?? '';
  const label = aligned.shift === 0 && !startsWithKpiCode(first) ? continuationLabel(first) : null;
  if (
    label !== null &&
    context.afterKpi &&
    (label !== 'department' || labelIndex !== kpiColumn) &&
    !hasOwnRate(aligned, columns)
  ) {
    return { kind: label, labelIndex };
  }
  // A note under the table (三重県 「※増減率は小数第2位を四捨五入しています。…」): no KPI.
  if (isNote(aligned, labelIndex)) return { kind: 'note' };
  // A grade of the whole sheet under its KPIs, its word and the grade alone (相模原市 改善工程表
  // 「1次評価 (所管局による自己評価) | B」): a line about the table, no KPI named 「B」.
  if (context.afterKpi && isGradeLine(aligned)) return { kind: 'note' };
  if (aligned.shift === 0 && repeatsHeader(aligned, columns)) return { kind: 'header' };
  const kpiCell = kpiColumn === null ? '' : (aligned.cells[kpiColumn] ?? '');
  if (
    context.afterKpi &&
    aligned.shift === 0 &&
    isWrappedName(aligned, columns, kpiColumn, context.above)
  )
    return { kind: 'wrapped' };
  // A group numbered by a bare figure, alone on its line, before the first KPI or after an item
  // numbered ① … (入間市博物館 「2博物館資料の収集・整理・保存・活用」 after 「④…」): it heads the
  // items under it.
  if (
    // The cheap test first (this runs on every row): the line begins with a figure.
    STARTS_WITH_DIGIT.test(first) &&
    kpiColumn !== null &&
    aligned.shift === 0 &&
    labelIndex >= 0 &&
    labelIndex <= kpiColumn &&
    aligned.cells.every((c, i) => i === labelIndex || c === '') &&
    isNumberedGroupLine(first, context.afterKpi ? context.above?.cells.find((c) => c !== '') : '①')
  )
    return { kind: 'heading' };
  // A form's empty slot (「指標①」 with no figure): no KPI, its cells listed unplaced.
  if (kpiCell !== '' && kpiColumn !== null && isEmptySlot(aligned.cells, columns, kpiColumn))
    return { kind: 'stray' };
  // A line naming a kind of indicator alone between KPI rows heads those under it (中野区).
  if (
    context.afterKpi &&
    kpiCell !== '' &&
    labelIndex === kpiColumn &&
    aligned.shift === 0 &&
    !startsWithKpiCode(kpiCell) &&
    aligned.cells.every((c, i) => i === kpiColumn || c === '') &&
    namesIndicatorSection(kpiCell)
  )
    return { kind: 'heading' };
  // A line naming a level of the plan alone (「基本目標１ 稼ぐ力を高める」) heads the rows under it,
  // printed in the KPI column or left of it, in the codes' (番号 | 指標: 「施策1-2 観光の振興」).
  if (
    kpiColumn !== null &&
    labelIndex >= 0 &&
    labelIndex <= kpiColumn &&
    aligned.cells.every((c, i) => i === labelIndex || c === '') &&
    planHeadingLevel(first) !== null
  )
    return { kind: 'heading' };
  if (kpiCell !== '') {
    const own = labelIndex === kpiColumn && first === kpiCell ? label : continuationLabel(kpiCell);
    return { kind: 'kpi', totalLine: own === 'total' };
  }
  if (headingOnly(aligned, columns)) return { kind: 'heading' };
  // The second row of a group that leaves the name cell empty (大崎町): its figures name its KPI.
  if (context.afterKpi && sharedFigureName(aligned.cells, columns) !== null)
    return { kind: 'kpi', totalLine: false };
  const line =
    context.afterKpi && aligned.shift === 0
      ? targetSecondLine(aligned.cells, columns, context.yearContext)
      : null;
  if (line !== null) return { kind: 'target-line', line };
  return { kind: 'stray' };
}
