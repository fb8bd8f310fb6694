/**
 * A KPI's evaluation of a year in levels (行政評価, issue 21): the department's self-evaluation
 * (一次評価), the planning division's second evaluation (二次評価), the outside committee's
 * external evaluation (外部評価) and the admin's final judgement (最終判断) with the way ahead
 * (今後の方向性). Each level is a grade on the plan's evaluation scale and a text.
 */

/** The levels in the order a KPI page and an evaluation sheet show them. */
export const EVALUATION_LEVELS = ['self', 'second', 'external', 'final'] as const;
export type EvaluationLevel = (typeof EVALUATION_LEVELS)[number];

/** 今後の方向性 of a final judgement: 拡充 / 継続 / 見直し / 廃止. */
export const FUTURE_DIRECTIONS = ['expand', 'continue', 'review', 'abolish'] as const;
export type FutureDirection = (typeof FUTURE_DIRECTIONS)[number];

/** The Japanese word of each level and direction, as plans print them. */
export const LEVEL_NAMES: Readonly<Record<EvaluationLevel, string>> = {
  self: '一次評価',
  second: '二次評価',
  external: '外部評価',
  final: '最終判断',
};

export const DIRECTION_NAMES: Readonly<Record<FutureDirection, string>> = {
  expand: '拡充',
  continue: '継続',
  review: '見直し',
  abolish: '廃止',
};

/**
 * One choice of the plan's evaluation scale: a grade (A 順調) or a code that is not a grade
 * on the scale (未着手, 中止, 評価困難: `special`).
 */
export interface EvaluationGrade {
  readonly label: string;
  readonly meaning: string;
  readonly special: boolean;
}

/** Which levels a plan uses, its grades, and which levels its published report shows. */
export interface EvaluationScheme {
  readonly levels: readonly EvaluationLevel[];
  readonly grades: readonly EvaluationGrade[];
  readonly published: readonly EvaluationLevel[];
}

/** A plan's scheme until an admin edits it (the demo plan's too): A–D, every level, published. */
export const DEFAULT_EVALUATION_SCHEME: EvaluationScheme = {
  levels: EVALUATION_LEVELS,
  grades: [
    { label: 'A', meaning: '順調', special: false },
    { label: 'B', meaning: 'おおむね順調', special: false },
    { label: 'C', meaning: '遅れ', special: false },
    { label: 'D', meaning: '大幅な遅れ', special: false },
    { label: '未着手', meaning: '取組に着手していない', special: true },
    { label: '中止', meaning: '取組を中止した', special: true },
    { label: '評価困難', meaning: '実績が把握できず評価できない', special: true },
  ],
  published: EVALUATION_LEVELS,
};

/** One level as stored: its grade, text, the final judgement's direction, who and when. */
export interface Evaluation {
  readonly level: EvaluationLevel;
  readonly grade: string;
  readonly text: string;
  /** 今後の方向性: the final judgement's only, null on the other levels. */
  readonly direction: FutureDirection | null;
  readonly author: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** Why an evaluation cannot be written as asked, naming the field; null when it can. */
export interface EvaluationProblem {
  readonly field: 'level' | 'grade' | 'text' | 'direction' | 'levels' | 'grades' | 'published';
  readonly message: string;
}

/**
 * Checks a level's content against the plan's scheme: a level the plan uses, a grade of its
 * scale, a text, and a direction exactly on the final judgement.
 * @example evaluationProblem(DEFAULT_EVALUATION_SCHEME, { level: 'self', grade: 'E', text: 'x',
 *   direction: null }) // { field: 'grade', message: 'E is not a grade of this plan: A, B, … ' }
 */
export function evaluationProblem(
  scheme: EvaluationScheme,
  input: {
    readonly level: EvaluationLevel;
    readonly grade: string;
    readonly text: string;
    readonly direction: FutureDirection | null;
  },
): EvaluationProblem | null {
  if (!scheme.levels.includes(input.level)) {
    return {
      field: 'level',
      message: `this plan does not use the ${LEVEL_NAMES[input.level]} (${input.level}) level`,
    };
  }
  if (!scheme.grades.some((g) => g.label === input.grade)) {
    const labels = scheme.grades.map((g) => g.label).join(', ');
    return { field: 'grade', message: `${input.grade} is not a grade of this plan: ${labels}` };
  }
  if (input.text.trim() === '') {
    return { field: 'text', message: 'say why: an evaluation needs its text' };
  }
  if (input.level === 'final' && input.direction === null) {
    return {
      field: 'direction',
      message: `a final judgement names the way ahead (今後の方向性): ${FUTURE_DIRECTIONS.join(', ')}`,
    };
  }
  if (input.level !== 'final' && input.direction !== null) {
    return { field: 'direction', message: 'only the final judgement names a way ahead' };
  }
  return null;
}

/** The levels a reader sees, in order: members every level written, visitors the published. */
export function visibleEvaluations<E extends Evaluation>(
  scheme: EvaluationScheme,
  evaluations: readonly E[],
  reader: 'member' | 'public',
): E[] {
  const shown = reader === 'member' ? scheme.levels : scheme.published;
  return EVALUATION_LEVELS.filter((level) => shown.includes(level)).flatMap((level) =>
    evaluations.filter((e) => e.level === level),
  );
}

/**
 * Why a scheme an admin wrote cannot be a plan's, naming the field; null when it can: at least
 * one level, grades with distinct non-empty labels, published levels among the used ones.
 */
export function schemeProblem(scheme: EvaluationScheme): EvaluationProblem | null {
  if (scheme.levels.length === 0) {
    return { field: 'levels', message: 'a plan evaluates in one level at least' };
  }
  if (new Set(scheme.levels).size !== scheme.levels.length) {
    return { field: 'levels', message: 'a level is listed twice' };
  }
  if (!scheme.grades.some((g) => !g.special)) {
    return { field: 'grades', message: 'the scale needs one grade at least (A 順調 …)' };
  }
  const labels = scheme.grades.map((g) => g.label.trim());
  if (labels.some((l) => l === '')) return { field: 'grades', message: 'a grade has no label' };
  const twice = labels.find((l, i) => labels.indexOf(l) !== i);
  if (twice !== undefined) return { field: 'grades', message: `${twice} is listed twice` };
  const unused = scheme.published.find((l) => !scheme.levels.includes(l));
  if (unused !== undefined) {
    return {
      field: 'published',
      message: `${LEVEL_NAMES[unused]} (${unused}) is published but not used by the plan`,
    };
  }
  return null;
}

/** A level of a KPI's evaluation as the published report prints it beside the table. */
export interface PublishedEvaluation {
  readonly code: string;
  readonly level: EvaluationLevel;
  readonly grade: string;
  /** The grade's meaning on the plan's scale (B: おおむね順調); null for a grade no longer on it. */
  readonly meaning: string | null;
  readonly text: string;
  readonly direction: FutureDirection | null;
}

/**
 * The levels a plan publishes of each KPI's evaluation, in level order (一次 → 最終判断), each
 * with its grade's meaning: what a citizen reads beside the year's table (issue 21).
 */
export function publishedEvaluations(
  scheme: EvaluationScheme,
  evaluations: readonly (Evaluation & { readonly code: string })[],
): PublishedEvaluation[] {
  return visibleEvaluations(scheme, evaluations, 'public').map((e) => {
    const { code, level, grade, text, direction } = e;
    const meaning = scheme.grades.find((g) => g.label === grade)?.meaning ?? null;
    return { code, level, grade, meaning, text, direction };
  });
}
