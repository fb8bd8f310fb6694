import type { ChangeClass } from '../../domain/change-grade.ts';
import { isPrintedGrade } from '../../domain/grade-scale.ts';
import { legendEntries } from './word-legend.ts';

/**
 * A legend grading by how the figure moved (健康増進計画 評価 「A:目標値に達した B:目標値に達して
 * いないが改善傾向 C:変わらない D:悪化している E:評価困難」): each grade's class, the grades best
 * first; a grade the table cannot judge (評価困難) has none.
 */
export interface ChangeLegend {
  readonly labels: readonly string[];
  readonly classes: ReadonlyMap<string, ChangeClass>;
}

/** Words of each class, tried in this order: 「達していないが改善」 is improved, not reached. */
const CLASS_WORDS: readonly [ChangeClass | null, RegExp][] = [
  [null, /評価困難|判定不能|評価できない|比較できない|判定できない/],
  ['worsened', /悪化|後退|低下/],
  ['unchanged', /変わらない|変化な|横ばい|維持/],
  ['improved', /改善|向上|前進|近づ/],
  ['reached', /達した|達成|到達/],
];

/** A legend entry's class, or undefined for words of none (a judgement: 取り組みが十分). */
function classOf(words: string): ChangeClass | null | undefined {
  const found = CLASS_WORDS.find(([, re]) => re.test(words));
  if (found === undefined) return undefined;
  const [kind] = found;
  // 「目標値に達していない」 alone, no change named: no class.
  if (kind === 'reached' && /ていない|未達|ず$/.test(words)) return undefined;
  return kind;
}

/**
 * The change legend a table's notes or headers state, where every grade its KPIs print has an
 * entry, each entry names one class and no two the same, and it names three classes or more;
 * null otherwise (a legend of rates, or of judgements, `word-legend.ts`).
 */
export function changeLegend(
  texts: readonly string[],
  printedGrades: readonly string[],
): ChangeLegend | null {
  const entries = legendEntries(texts);
  if (entries.size < 3) return null;
  const classes = new Map<string, ChangeClass>();
  const seen = new Set<ChangeClass>();
  for (const [grade, words] of entries) {
    const kind = classOf(words.join(' '));
    if (kind === undefined) return null;
    if (kind === null) continue;
    if (seen.has(kind)) return null;
    seen.add(kind);
    classes.set(grade, kind);
  }
  if (seen.size < 3) return null;
  const printed = printedGrades.map((g) => g.normalize('NFKC').trim()).filter(isPrintedGrade);
  if (printed.length === 0 || printed.some((g) => !entries.has(g))) return null;
  return { labels: [...entries.keys()], classes };
}
