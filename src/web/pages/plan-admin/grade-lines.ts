import type { EvaluationGrade } from '../../../domain/evaluation.ts';

/** A plan's grades or codes as the scheme form shows them: "A 順調", one per line. */
export const gradeLines = (grades: readonly EvaluationGrade[]): string =>
  grades.map((g) => `${g.label} ${g.meaning}`.trim()).join('\n');

/**
 * The lines typed back as grades: the first word the label, the rest its meaning; blank lines
 * skipped. The server checks the result (labels distinct, one grade at least).
 * @example parseGradeLines('A 順調\nB おおむね 順調', false)
 * // [{ label: 'A', meaning: '順調', special: false }, { label: 'B', meaning: 'おおむね 順調', … }]
 */
export function parseGradeLines(text: string, special: boolean): EvaluationGrade[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [label = '', ...meaning] = line.split(/\s+/);
      return { label, meaning: meaning.join(' '), special };
    });
}
