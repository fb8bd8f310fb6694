import { convertScale } from '../../domain/unit.ts';
import type { ParsedFigure } from '../../domain/figure-text.ts';
import type { KpiDraft } from './kpi-draft.ts';

/**
 * A cell written at another scale than the KPI's unit so far (目標 「1億円」 beside 実績
 * 「9,000万円」, 「120万人」 beside 「1,000千人」): its figures in the KPI's scale (0.9 億円),
 * so that both measure alike. The KPI's scale is its own unit where it has one, else the first
 * cell's with a unit; a cell of that scale, of another unit altogether, or the first, comes
 * back as it is.
 */
export function inKpiScale(draft: KpiDraft, parsed: ParsedFigure): ParsedFigure {
  const from = parsed.unit;
  const to = draft.unit || draft.valueUnits[0]?.unit;
  if (from === null || to === undefined || to === from) return parsed;
  const { value, secondary } = parsed.figure;
  const scaled = value === null ? undefined : convertScale(value, from, to);
  if (scaled === undefined) return parsed;
  // The second figure is of the same unit as the first: it converts whenever the first does.
  const second = secondary === null ? null : (convertScale(secondary, from, to) ?? secondary);
  return { ...parsed, unit: to, figure: { ...parsed.figure, value: scaled, secondary: second } };
}
