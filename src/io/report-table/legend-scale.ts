import type { GradeScale } from '../../domain/grade-scale.ts';
import { GRADE_WORDS, gradeScale } from '../../domain/grade-scale.ts';
import { withWordedEnds } from './worded-legend-ends.ts';

/** 「◎:100%以上」, 「A(達成率100%以上)」, 「B＝80％以上100％未満」: a grade and the least rate earning it. */
const AT_LEAST = new RegExp(
  `(${GRADE_WORDS})\\s*[:：=＝]?\\s*[(（]?[^\\d%％()（）:：]{0,10}?(\\d+(?:\\.\\d+)?)\\s*[%％]\\s*以上`,
  'g',
);

/** 「×:60%未満」: the last grade, everything under the least cut. */
const UNDER = new RegExp(
  `(${GRADE_WORDS})\\s*[:：=＝]?\\s*[(（]?[^\\d%％()（）:：]{0,10}?(\\d+(?:\\.\\d+)?)\\s*[%％]\\s*未満(?![^\\s、,，・]*以上)`,
  'g',
);

/**
 * The grading scale a legend printed on the table states (「※評価 ◎:100%以上 ○:80%以上 △:60%以上
 * ×:60%未満」): the grades from best to worst with the least rate of each, the last the one under
 * the least cut. Null when no text states two cuts or more, falling, and a last grade under them.
 */
export function legendScale(texts: readonly string[]): GradeScale | null {
  for (const text of texts) {
    const normal = text.normalize('NFKC');
    if (!/以上/.test(normal) || !/未満/.test(normal)) continue;
    const cuts = [...normal.matchAll(AT_LEAST)].map((m) => ({
      label: m[1] ?? '',
      cut: Number(m[2]),
    }));
    const last = [...normal.matchAll(UNDER)].at(-1);
    if (cuts.length < 1 || last === undefined) continue;
    // Ends named by words, 「◎：目標達成」 before the cuts and 「×：悪化」 after them (`worded-legend-ends.ts`).
    const ends = withWordedEnds(normal, cuts, { label: last[1] ?? '', at: last.index });
    const endsFall = ends?.cuts.every((c, i) => i === 0 || c.cut < (ends.cuts[i - 1]?.cut ?? 0));
    if (ends !== null && endsFall && ends.cuts.length >= 2 && Number(last[2]) === cuts.at(-1)?.cut)
      return gradeScale(
        ends.labels,
        ends.cuts.map((c) => c.cut),
      );
    if (cuts.length < 2) continue;
    const labels = [...cuts.map((c) => c.label), last[1] ?? ''];
    const falling = cuts.every((c, i) => i === 0 || c.cut < (cuts[i - 1]?.cut ?? 0));
    const lastCut = Number(last[2]);
    if (!falling || lastCut !== cuts.at(-1)?.cut || new Set(labels).size !== labels.length)
      continue;
    if (cuts.some((c) => !Number.isInteger(c.cut))) continue;
    return gradeScale(
      labels,
      cuts.map((c) => c.cut),
    );
  }
  return null;
}

/** 「A：目標達成」, 「◎＝順調」: a grade and what it stands for, as a legend lists them. */
const GRADE_ENTRY = new RegExp(`(?:^|[\\s、,，・/])(?:${GRADE_WORDS})\\s*[:：=＝]`, 'g');

/**
 * A line stating the table's grades (「評価基準 A：100%以上 B：80%以上100%未満 …」, 「A：達成 B：概ね達成
 * C：未達成」): a legend of two grades or more, each with what it stands for. A line under the
 * table saying so is a note, not a KPI.
 */
export function isGradeLegend(text: string): boolean {
  const normal = text.normalize('NFKC');
  return (normal.match(GRADE_ENTRY)?.length ?? 0) >= 2 || legendScale([normal]) !== null;
}
