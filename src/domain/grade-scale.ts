import type { Ratio } from './ratio.ts';
import { compareRatios, roundHalfUp } from './ratio.ts';

/**
 * A plan's grading scale, as data: grades from best to worst, each with the lowest
 * achievement ratio that earns it; the last grade takes everything below.
 * Grades come from the unrounded ratio: 99.6% prints as 100% but is not an A.
 */
export interface GradeScale {
  readonly grades: readonly { readonly label: string; readonly min: Ratio | null }[];
}

const percent = (value: number): Ratio => ({ numerator: BigInt(value), denominator: 100n });

/** A ≥ 100%, B ≥ 80%, C ≥ 60%, D below. */
export const DEFAULT_GRADE_SCALE: GradeScale = {
  grades: [
    { label: 'A', min: percent(100) },
    { label: 'B', min: percent(80) },
    { label: 'C', min: percent(60) },
    { label: 'D', min: null },
  ],
};

/** Builds a scale from labels and percent cuts: gradeScale(['A','B','C','D'], [100, 80, 60]). */
export function gradeScale(labels: readonly string[], cutsPercent: readonly number[]): GradeScale {
  if (labels.length !== cutsPercent.length + 1) {
    throw new RangeError('a grade scale needs one label more than it has cuts');
  }
  return {
    grades: labels.map((label, index) => {
      const cut = cutsPercent[index];
      return { label, min: cut === undefined ? null : percent(cut) };
    }),
  };
}

/**
 * The grades plans print as one letter or mark, as a pattern's alternatives: a letter of A–E or
 * S, a mark of ◎○△× (or ▲ alone, the mark of a miss: 生物多様性とちぎ戦略 達成度 ◎ / ○ / ▲). Read
 * where a grade heads a column or a line of counts (io/report-table/grade-count-columns.ts,
 * grade-count-lines.ts).
 */
export const GRADE_MARKS = '[SA-E]|[◎○〇△×✕▲]';

/**
 * The grades plans print, as a pattern's alternatives: {@link GRADE_MARKS}, or a word, the longer
 * first (概ね達成 before 達成). Read by {@link isPrintedGrade} and by a
 * legend printed on a table (io/report-table/legend-scale.ts).
 */
export const GRADE_WORDS = `${GRADE_MARKS}|概ね達成|未達成|達成|概ね順調|順調|やや遅れ|遅れ|未実施`;

const PRINTED_GRADE = new RegExp(`^(?:${GRADE_WORDS})$`);

/**
 * A printed grade as one label, whatever its width and spacing: 「Ｂ」 is B, 「達 成」 達成, 「〇」 ○,
 * 「✕」 ×, 「ａ」 A; the form grades are kept and compared in.
 * @example gradeLabel('Ａ') // 'A'
 */
export function gradeLabel(text: string): string {
  const label = text.normalize('NFKC').replace(/\s+/g, '').replace(/[〇◯]/g, '○').replace('✕', '×');
  // A letter printed small (「ａ」, b) is the letter of the same scale.
  return /^[a-es]$/.test(label) ? label.toUpperCase() : label;
}

/**
 * Whether a cell is a grade as plans print them, not a rate: a letter of A–E or S, a mark of
 * ◎○△×, or a word (達成, 順調, やや遅れ …). 江田島市 prints its 達成度 as A and B.
 * @example isPrintedGrade('A') // true; isPrintedGrade('80%') // false
 */
export function isPrintedGrade(text: string): boolean {
  return PRINTED_GRADE.test(gradeLabel(text));
}

/**
 * The grade a line quotes where it says what graded the KPI (静岡県 総合計画 「【H28県総合計画評価「B」】」:
 * B, the prefecture's grade of H28); null when it quotes none, or no line of an evaluation (評価).
 * @example quotedGrade('【H28県総合計画評価「B」】') // 'B'
 */
export function quotedGrade(text: string): string | null {
  if (!text.includes('評価')) return null;
  const quoted = /[「『]\s*([^「」『』\s]{1,4})\s*[」』]/.exec(text)?.[1];
  return quoted !== undefined && isPrintedGrade(quoted) ? quoted : null;
}

export function gradeFor(ratio: Ratio, scale: GradeScale): string {
  for (const grade of scale.grades) {
    if (grade.min === null || compareRatios(ratio, grade.min) >= 0) return grade.label;
  }
  return scale.grades[scale.grades.length - 1]?.label ?? '';
}

/**
 * Whether a ratio earns one of the scale's better half of grades, the ones a plan reads as on
 * track (A and B of A–D: 80% and above; ◎ and ○ of ◎○△×). Below it, an entry needs a narrative
 * that says why (issue 12).
 */
export function isOnTrack(ratio: Ratio, scale: GradeScale): boolean {
  const lowest = scale.grades[Math.ceil(scale.grades.length / 2) - 1]?.min ?? null;
  return lowest === null || compareRatios(ratio, lowest) >= 0;
}

/** Whether two scales grade alike: the same labels with the same cuts (4/5 and 80/100 alike). */
export function sameGradeScale(a: GradeScale, b: GradeScale): boolean {
  return (
    a.grades.length === b.grades.length &&
    a.grades.every((grade, i) => {
      const other = b.grades[i]!;
      if (grade.label !== other.label) return false;
      if (grade.min === null || other.min === null) return grade.min === other.min;
      return compareRatios(grade.min, other.min) === 0;
    })
  );
}

/**
 * The lowest percent each grade but the last takes, exactly as the planning division wrote it
 * (4/5 → 80, 2/3 → 66.6667 at most four places): the one way a cut is written as a percent,
 * for the API, the legend on screen and in print.
 * @example cutPercents(DEFAULT_GRADE_SCALE) // [100, 80, 60]
 */
export function cutPercents(scale: GradeScale): number[] {
  return scale.grades.flatMap((grade) => {
    if (grade.min === null) return [];
    const tenThousandths = roundHalfUp(grade.min.numerator * 1_000_000n, grade.min.denominator);
    return [Number(tenThousandths) / 10_000];
  });
}
