import { achievement } from '../../domain/achievement.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { GradeScale } from '../../domain/grade-scale.ts';
import { DEFAULT_GRADE_SCALE, gradeFor, gradeLabel, gradeScale } from '../../domain/grade-scale.ts';
import { passFailLabels } from '../../domain/grade-direction.ts';
import type { PrintedGradePair } from '../../domain/printed-grade-scale.ts';
import { scaleFromPrintedGrades } from '../../domain/printed-grade-scale.ts';
import type { ImportedKpi } from '../imported-report.ts';
import { legendScale } from './legend-scale.ts';
import { gradesDefinedByWords } from './word-legend.ts';
import type { ChangeGrading, GradeScaleSource } from './table-reading.ts';
import type { ChangeLegend } from './change-legend.ts';
import { changeLegend } from './change-legend.ts';
import { changeFigures, changeFromBaseline, unchangedBand } from '../../domain/change-grade.ts';

/**
 * The grading scale a table states or follows: its legend's (※評価 ◎:100%以上 …), or the one its
 * grade cells state with their bands (「A（90%以上）」, 「B（70%以上90%未満）」, 「C（70%未満）」);
 * else the one its printed grades follow beside the rates Mieruka computes (A from 90%), where the
 * default A–D does not; else the default, said to be so where a legend defines the printed grades
 * by words alone (`word-legend.ts`).
 */
export function tableGradeScale(
  legendTexts: readonly string[],
  kpis: readonly ImportedKpi[],
  year: FiscalYear | null,
): {
  readonly scale: GradeScale;
  readonly source: GradeScaleSource;
  readonly change?: ChangeGrading;
} {
  const bands = bandLegend(kpis);
  const legend = legendScale(bands === null ? legendTexts : [...legendTexts, bands]);
  if (legend !== null) return { scale: legend, source: 'legend' };
  const grades = kpis.flatMap((k) => (k.printedGrade === null ? [] : [k.printedGrade]));
  // A legend of how the figure moved (健康増進計画 「A:目標値に達した … D:悪化している」).
  const change = changeLegend(legendTexts, grades);
  if (change !== null && year !== null)
    return {
      scale: DEFAULT_GRADE_SCALE,
      source: 'legend of change',
      change: changeGrading(change, kpis, year),
    };
  const pairs: PrintedGradePair[] = [];
  if (year !== null)
    for (const k of kpis) {
      if (k.printedGrade === null || k.printedGrade === '') continue;
      const result = achievement(k.kpi, year);
      if (result.kind === 'rate') pairs.push({ grade: k.printedGrade, ratio: result.ratio });
    }
  // Grades of pass or fail (達成 / 未達成, ○ / ×): met is the target reached, 100% and above.
  const passFail = passOrFail(grades, pairs);
  if (passFail !== null) return { scale: passFail, source: 'pass or fail' };
  const printed = scaleFromPrintedGrades(pairs);
  if (printed !== null) return { scale: printed, source: 'printed grades' };
  // A legend of words alone (嘉麻市 「A:取り組みが十分に達成できている」): the grades are judgements.
  return gradesDefinedByWords(legendTexts, grades)
    ? { scale: DEFAULT_GRADE_SCALE, source: 'legend words' }
    : { scale: DEFAULT_GRADE_SCALE, source: 'default' };
}

/**
 * The scale of grades of pass or fail, met from 100%, where the KPIs print only such grades, two
 * of them or more (one ○ alone may be a trend's, 飯田市 指標の傾向), and two thirds or more of
 * those beside a computed rate agree with it (○ beside 95% and 60% alike is a grade of degrees).
 */
function passOrFail(
  grades: readonly string[],
  pairs: readonly PrintedGradePair[],
): GradeScale | null {
  if (grades.filter((g) => g.trim() !== '').length < 2 || pairs.length === 0) return null;
  const labels = passFailLabels(grades);
  if (labels === null) return null;
  const scale = gradeScale(labels, [100]);
  const agree = pairs.filter((p) => gradeFor(p.ratio, scale) === gradeLabel(p.grade)).length;
  return agree * 3 >= pairs.length * 2 ? scale : null;
}

/**
 * A legend of change as the table grades by it: its grades by class, and the band of change read
 * as unchanged that reproduces the most grades the KPIs print.
 */
function changeGrading(
  legend: ChangeLegend,
  kpis: readonly ImportedKpi[],
  year: FiscalYear,
): ChangeGrading {
  const printed = kpis.flatMap((k) => {
    const kind =
      k.printedGrade === null ? undefined : legend.classes.get(gradeLabel(k.printedGrade));
    const figures = changeFigures(k.kpi, year);
    const change = figures === null ? null : changeFromBaseline(figures);
    return kind === undefined || change === null ? [] : [{ change, printed: kind }];
  });
  return {
    grades: legend.labels.flatMap((label) => {
      const change = legend.classes.get(label);
      return change === undefined ? [] : [{ label, change }];
    }),
    unchangedWithin: unchangedBand(printed),
  };
}

/** A grade cell with its band in brackets: 「B（70%以上90%未満）」, 「C（70%未満）」. */
const BANDED_GRADE = /^\s*[^\s(（]+\s*[(（][^()（）]*\d\s*[%％]\s*(?:以上|未満)[^()（）]*[)）]\s*$/;

/**
 * The bands a table's grade cells print, each grade once, best first, as one legend line
 * (「A（90%以上） B（70%以上90%未満） C（70%未満）」), for `legendScale` to read; null when no cell
 * prints a band. The grade cell's text is kept among the KPI's extras as printed.
 */
function bandLegend(kpis: readonly ImportedKpi[]): string | null {
  const bands = new Map<string, string>();
  for (const { printedGrade, kpi } of kpis) {
    if (printedGrade === null || bands.has(printedGrade)) continue;
    const cell = kpi.extras.find((e) => BANDED_GRADE.test(e.text) && e.text.includes(printedGrade));
    if (cell) bands.set(printedGrade, cell.text.trim());
  }
  if (bands.size < 2) return null;
  // Best first: by the least rate each band names, a band only under a cut last.
  const least = (band: string) =>
    /以上/.test(band) ? Number(/(\d+(?:\.\d+)?)\s*[%％]/.exec(band.normalize('NFKC'))?.[1]) : -1;
  return [...bands.values()].sort((a, b) => least(b) - least(a)).join(' ');
}
