import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { ParsedFigure } from '../../domain/figure-text.ts';
import { parseDescribedFigure } from '../../domain/described-figure.ts';
import { parsePrintedRate } from '../../domain/rate-format.ts';
import type { Column } from './header-map.ts';
import type { KpiDraft } from './kpi-draft.ts';
import { yearFigure } from './kpi-draft.ts';
import type { KpiRowCells, Placement } from './placement.ts';
import { cellNote, notAFigure, placed, unplaced } from './placement.ts';

const MAINTAIN = /現状(値を)?維持|^維持$/;

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
    const printed = parsePrintedRate(text);
    if (!printed) return unplaced('not a rate');
    draft.printedRate = printed;
    draft.printedRateText = text;
    return placed('rate');
  }
  if (role.kind === 'target') draft.targetColumn = fileColumn;
  if (role.kind === 'target' && MAINTAIN.test(text.replace(/\s+/g, ''))) {
    draft.targetIsMaintain = true;
    return placed('target');
  }
  const described = parseDescribedFigure(text);
  if (!described) return notAFigure(text);
  const parsed = described.parsed;
  const note = cellNote(described, column.label, text);
  if (note !== null) draft.cellNotes.push(note);
  if (parsed.reduction && role.kind !== 'target') draft.actualsAreReductions = true;
  const unit = parsed.unit ?? column.unit;
  if (unit) draft.valueUnits.push({ unit, row: cells.row, column: fileColumn });
  const year = ('fiscalYear' in role ? role.fiscalYear : null) ?? cells.year;
  if (role.kind === 'target' && group.milestones.includes(column)) {
    draft.milestones.push(yearFigure(year, parsed.figure));
    return placed('milestone');
  }
  if (role.kind === 'target') {
    placeTarget(draft, parsed, role.fiscalYear);
    return placed('target');
  }
  const figure = yearFigure(year, parsed.figure);
  if (role.kind === 'cumulative') {
    draft.cumulativeActuals.push(figure);
    return placed('cumulative');
  }
  draft.actuals.push(figure);
  return placed('actual');
}

function placeTarget(draft: KpiDraft, parsed: ParsedFigure, fiscalYear: FiscalYear | null): void {
  const value = parsed.figure.value;
  if (value === null) return;
  draft.target = { kind: parsed.bound ?? 'value', value, fiscalYear };
  draft.targetIsReduction = parsed.reduction;
}
