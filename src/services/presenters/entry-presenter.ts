import type { StoredFigure, StoredNarrative } from '../../db/records.ts';
import type {
  FigureHistoryView,
  NarrativeHistoryView,
  StoredSlotView,
} from '../../domain/api-contract.ts';
import { formatFigureText } from '../../domain/figure.ts';

/** A saved figure as JSON: named fields only, no internal id. */
export function presentFigure(figure: StoredFigure): FigureHistoryView {
  return {
    fiscalYear: figure.fiscalYear,
    department: figure.department,
    series: figure.series,
    text: formatFigureText(figure.figure),
    value: figure.figure.value,
    state: figure.state,
    version: figure.version,
    updatedAt: figure.updatedAt,
  };
}

export function presentNarrative(narrative: StoredNarrative): NarrativeHistoryView {
  return {
    fiscalYear: narrative.fiscalYear,
    department: narrative.department,
    text: narrative.text,
    state: narrative.state,
    version: narrative.version,
    updatedAt: narrative.updatedAt,
  };
}

/** The record an entry form's slot holds, with the version to name when saving it again. */
export function presentSlot(
  record: StoredFigure | StoredNarrative | undefined,
): StoredSlotView | null {
  if (record === undefined) return null;
  const text = 'text' in record ? record.text : formatFigureText(record.figure);
  return { text, state: record.state, version: record.version };
}
