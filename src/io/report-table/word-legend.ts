import { GRADE_WORDS, isPrintedGrade } from '../../domain/grade-scale.ts';

/**
 * 「A:取り組みが十分に達成できている」, 「B＝現状維持」: a grade of a legend and the words it stands
 * for, up to the next grade's entry on the same line.
 */
const ENTRY = new RegExp(
  `(?:^|[\\s、,，・/])(${GRADE_WORDS})\\s*[:=]\\s*(.*?)(?=[\\s、,，・/](?:${GRADE_WORDS})\\s*[:=]|$)`,
  'g',
);
/** Each grade a legend lists and the words it stands for (「A:目標値に達した」: A → 目標値に達した). */
export function legendEntries(texts: readonly string[]): Map<string, string[]> {
  const words = new Map<string, string[]>();
  for (const text of texts)
    for (const m of text.normalize('NFKC').matchAll(ENTRY)) {
      const grade = m[1] ?? '';
      words.set(grade, [...(words.get(grade) ?? []), (m[2] ?? '').trim()]);
    }
  return words;
}

/** What a band of rates would state: a figure or a percent sign. */
const FIGURE = /[\d%]/;

/**
 * Whether a table's legend defines the grades it prints by words alone, no rate bounding any
 * (嘉麻市 総合計画 【達成度】 「A:取り組みが十分に達成できている」 … 「D:取り組みがほとんど達成できていない」,
 * its 【方向性】 「A:拡充・発展」 … beside it): every grade the KPIs print has an entry, two entries or
 * more are listed, and none states a figure. Such grades are the table's judgement: no scale the
 * table states to check them by.
 */
export function gradesDefinedByWords(
  texts: readonly string[],
  printedGrades: readonly string[],
): boolean {
  const words = legendEntries(texts);
  const printed = new Set(
    printedGrades.map((g) => g.normalize('NFKC').trim()).filter((g) => isPrintedGrade(g)),
  );
  if (printed.size === 0 || words.size < 2) return false;
  const stated = [...words.values()].flat();
  if (stated.some((w) => w === '' || FIGURE.test(w))) return false;
  return [...printed].every((g) => words.has(g));
}
