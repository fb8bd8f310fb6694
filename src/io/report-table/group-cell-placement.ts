import { directionWord } from '../../domain/direction-mark.ts';
import { addDecimals, shiftDecimal } from '../../domain/decimal.ts';
import type { Figure } from '../../domain/figure.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { Target } from '../../domain/model.ts';
import type { ParsedFigure } from '../../domain/figure-text.ts';
import { parseFigureText } from '../../domain/figure-text.ts';
import { isRankAlone, parseDescribedFigure } from '../../domain/described-figure.ts';
import { gradeLabel, isPrintedGrade } from '../../domain/grade-scale.ts';
import { columnRateCell } from './fraction-rates.ts';
import { isDoneWord, isTitleAgain } from './done-word.ts';
import { isNoneWord, wordTarget } from './word-targets.ts';
import { inKpiScale } from './unit-scale.ts';
import type { Column } from './header-map.ts';
import type { YearRate } from './column-groups.ts';
import type { KpiDraft } from './kpi-draft.ts';
import { yearFigure } from './kpi-draft.ts';
import type { KpiRowCells, Placement } from './placement.ts';
import { cellNote, notAFigure, placed, unplaced } from './placement.ts';

const MAINTAIN = /現状(値を)?維持|^維持$/;
/** Its cheap test, before the cell's spaces are dropped: most targets are figures. */
const MAINTAIN_SPACED = /維\s*持/;

/**
 * Places a figure or rate cell on the draft of its column group: a rate, the final target,
 * a yearly milestone, an actual or a cumulative figure. Null when the column is in no group.
 */
export function placeGroupCell(
  cells: KpiRowCells,
  column: Column,
  text: string,
  fileColumn: number,
): Placement | null {
  const g = cells.groupOf.get(column.index) ?? -1;
  const draft = cells.drafts[g];
  const group = cells.groups[g];
  if (!draft || !group) return null;
  const role = column.role;
  if (role.kind === 'rate') {
    const cell = columnRateCell(role, text);
    if (cell?.grade) draft.printedGrade = gradeLabel(cell.grade);
    const printed = cell?.rate;
    if (!printed && isPrintedGrade(text)) {
      // A grade where a rate would be (江田島市 達成度 A): kept as the printed grade.
      draft.printedGrade = gradeLabel(text);
      return placed('grade');
    }
    if (!printed && parseFigureText(text)?.figure.value === null) {
      // A dash or word for no rate (「―」, 未集計): none printed, the cell kept as printed.
      draft.extras.push({ label: column.label, text });
      return placed('extra');
    }
    if (!printed) return unplaced('not a rate');
    let yearly: YearRate | undefined;
    for (const r of group.yearRates)
      if (r.column === column) {
        yearly = r;
        break;
      }
    if (yearly) {
      // Kept as printed under its header, and checked when the KPI is finished.
      draft.extras.push({ label: column.label, text });
      draft.yearRates.push({
        fiscalYear: yearly.fiscalYear,
        printed,
        column: fileColumn,
        label: column.rateWords ?? column.label,
      });
      return placed('rate');
    }
    draft.printedRate = printed;
    draft.printedRateText = text;
    draft.printedRateColumn = fileColumn;
    draft.printedRateLabel = column.rateWords ?? column.label;
    return placed('rate');
  }
  if (role.kind === 'target') draft.targetColumn = fileColumn;
  if (role.kind === 'target' && !group.milestones.includes(column)) draft.finalTargetPrinted = true;
  if (
    role.kind === 'target' &&
    MAINTAIN_SPACED.test(text) &&
    MAINTAIN.test(text.replace(/\s+/g, ''))
  ) {
    draft.target = { kind: 'maintain' };
    return placed('target');
  }
  // A word of what to make of the baseline (ゼロ, 半減, 倍増, 2割削減): the target it names.
  const worded = role.kind === 'target' ? wordTarget(text, role.fiscalYear) : null;
  if (worded) {
    draft.target = worded;
    return placed('target');
  }
  if (role.kind === 'target' && directionWord(text) !== null) {
    // A way to go where the target would be (「増加」): kept as printed, the KPI's direction.
    draft.extras.push({ label: column.label, text });
    return placed('extra');
  }
  // None in a word (「ゼロ」) where a result or a baseline would be: the figure 0.
  const described = parseDescribedFigure(isNoneWord(text) ? '0' : text);
  if (
    !described &&
    (isDoneWord(text) ||
      isRankAlone(text) ||
      (role.kind === 'target' && isTitleAgain(draft.title, text)))
  ) {
    // A step done or to be done (設置, 策定), a rank alone (「全国1位(2026 年)」), or the KPI's
    // name again as its target, where a figure would be: kept as printed.
    draft.extras.push({ label: column.label, text });
    return placed('extra');
  }
  if (!described) return notAFigure(text);
  const parsed = inKpiScale(draft, described.parsed);
  const note = cellNote(described, column.label, text);
  if (note !== null) draft.cellNotes.push(note);
  if (parsed.reduction && role.kind !== 'target') draft.actualsAreReductions = true;
  const unit = parsed.unit ?? column.unit;
  if (unit) draft.valueUnits.push({ unit, row: cells.row, column: fileColumn });
  const named = 'fiscalYear' in role ? role.fiscalYear : null;
  const printedYear = cells.years.get(column.index) ?? null;
  const year = described.fiscalYear ?? named ?? printedYear ?? cells.year;
  if (role.kind === 'target' && group.milestones.includes(column)) {
    draft.milestones.push(yearFigure(year, parsed.figure));
    return placed('milestone');
  }
  if (role.kind === 'target') {
    placeTarget(draft, parsed, role.fiscalYear ?? described.fiscalYear ?? printedYear);
    // A target has one value: a second one in brackets (いわき市 5,140 (15,270)) is kept as printed.
    if (note === null && parsed.figure.secondary !== null)
      draft.cellNotes.push(`${column.label}: ${text.trim()}`);
    return placed('target');
  }
  const figures = role.kind === 'cumulative' ? draft.cumulativeActuals : draft.actuals;
  if (parsed.rise && role.kind === 'actual') {
    draft.risenActuals.push(year);
    if (note === null) draft.cellNotes.push(`${column.label}: ${text.trim()}`);
  }
  if (role.kind === 'actual' && parsed.aside && parsed.figure.value !== null)
    draft.asides.push({
      fiscalYear: year,
      row: cells.row,
      column: fileColumn,
      value: parsed.figure.value,
      aside: parsed.aside,
    });
  const earlier = group.summed ? figures.findIndex((a) => a.fiscalYear === year) : -1;
  const before = figures[earlier];
  if (before) figures[earlier] = yearFigure(year, summed(before.figure, parsed.figure));
  else figures.push(yearFigure(year, parsed.figure));
  return placed(role.kind === 'cumulative' ? 'cumulative' : 'actual');
}

/** Two figures of a year added (神川町 ② + ③); unknown when either is. */
function summed(a: Figure, b: Figure): Figure {
  const value = a.value === null || b.value === null ? null : addDecimals(a.value, b.value);
  return { ...a, value, secondary: null };
}

/** Sets the KPI's target as a target cell printed it (a level, a reduction or a rise). */
export function placeTarget(
  draft: KpiDraft,
  parsed: ParsedFigure,
  fiscalYear: FiscalYear | null,
): void {
  const printed = parsed.figure.value;
  if (printed === null) return;
  // A cut or rise in tenths of the baseline (静岡県 「基準値より8割減」): 80% of it.
  const tenths = parsed.unit === '割' && (parsed.reduction || parsed.rise === true);
  const value = tenths ? shiftDecimal(printed, 1) : printed;
  const target: Target = { kind: parsed.bound ?? 'value', value, fiscalYear };
  const percent = parsed.unit === '%' || tenths ? ({ percent: true } as const) : {};
  draft.target = parsed.reduction
    ? { kind: 'reduction', target, ...percent }
    : parsed.rise
      ? { kind: 'rise', target, ...percent }
      : parsed.unit === '倍'
        ? { kind: 'multiple', target }
        : { kind: 'level', target };
}
