import { achievement } from '../../domain/achievement.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { GradeScale } from '../../domain/grade-scale.ts';
import { DEFAULT_GRADE_SCALE } from '../../domain/grade-scale.ts';
import type { PrintedGradePair } from '../../domain/printed-grade-scale.ts';
import { scaleFromPrintedGrades } from '../../domain/printed-grade-scale.ts';
import type { ImportedKpi } from '../imported-report.ts';
import { legendScale } from './legend-scale.ts';
import type { GradeScaleSource } from './table-reading.ts';

/**
 * The grading scale a table states or follows: its legend's (※評価 ◎:100%以上 …); else the one
 * its printed grades follow beside the rates Mieruka computes (A from 90%), where the default
 * A–D does not; else the default.
 */
export function tableGradeScale(
  legendTexts: readonly string[],
  kpis: readonly ImportedKpi[],
  year: FiscalYear | null,
): { readonly scale: GradeScale; readonly source: GradeScaleSource } {
  const legend = legendScale(legendTexts);
  if (legend !== null) return { scale: legend, source: 'legend' };
  const pairs: PrintedGradePair[] = [];
  if (year !== null)
    for (const k of kpis) {
      if (k.printedGrade === null || k.printedGrade === '') continue;
      const result = achievement(k.kpi, year);
      if (result.kind === 'rate') pairs.push({ grade: k.printedGrade, ratio: result.ratio });
    }
  const printed = scaleFromPrintedGrades(pairs);
  return printed === null
    ? { scale: DEFAULT_GRADE_SCALE, source: 'default' }
    : { scale: printed, source: 'printed grades' };
}
