import type { ColumnRole } from './column-role.ts';
import { classifyHeader, KPI_FIGURE_KINDS } from './column-role.ts';

/** One 「label:value」 pair of a chained line, both as printed. */
export interface ChainedPair {
  readonly label: string;
  readonly value: string;
}

/** The arrows a chain is joined by: 「従前値:… ⇒ 目標値:… ⇒ 実績値:…」, 「→」. */
const ARROW = /\s*[⇒→➡]\s*/;

/** A label, a colon, a value: 「目標値:263 戸(27 年度)」. */
const PAIR = /^\s*([^:：]+?)\s*[:：]\s*(\S.*?)\s*$/;

/** The roles a chain's labels must name: the kinds of figure a KPI prints. */
const FIGURE_ROLES: ReadonlySet<ColumnRole['kind']> = new Set(KPI_FIGURE_KINDS);

/**
 * The pairs of a line that chains a KPI's figures with arrows, each with its own label (the
 * national form of a 地域住宅計画 / 都市再生整備計画 事後評価:
 * 「結 果:従前値:246 戸(24 年度)⇒目標値:263 戸(27 年度)⇒実績値:263 戸(100%)」), the heading
 * before the first pair (「結 果:」) left out, a chain however short; or the rest of such a line wrapped onto a line of
 * its own, which begins with its arrow (「⇒実績値:15.9%(1,088 戸/6,860 戸)(平成 27 年度末)」).
 * Null for any other text: a chain is two pairs or more, or one after a leading arrow, every
 * label naming a kind of figure (baseline, target, actual, rate), so that a sentence with an
 * arrow in it (「611グラム→550グラム」) is none.
 */
export function chainedPairs(text: string): ChainedPair[] | null {
  const leadingArrow = /^\s*[⇒→➡]/.test(text);
  const parts = text.replace(/^\s*[⇒→➡]\s*/, '').split(ARROW);
  const [first] = parts;
  // A heading before the first pair (「結 果:従前値:95%(22年度)」, the rest wrapped onto the next
  // line) says a chain begins, as an arrow does.
  const headed = !leadingArrow && first !== undefined && withoutHeading(first) !== first;
  if (parts.length < (leadingArrow || headed ? 1 : 2)) return null;
  const pairs: ChainedPair[] = [];
  for (const [i, part] of parts.entries()) {
    // Only the first part may carry the line's heading before its pair.
    const text = i === 0 && !leadingArrow ? withoutHeading(part) : part;
    const pair = PAIR.exec(text);
    if (!pair?.[1] || !pair[2]) return null;
    if (!FIGURE_ROLES.has(classifyHeader(pair[1]).role.kind)) return null;
    pairs.push({ label: pair[1], value: pair[2] });
  }
  return pairs;
}

/** A part with two colons or more, its heading dropped: 「結 果:従前値:246 戸」 → 「従前値:246 戸」. */
function withoutHeading(part: string): string {
  const colons = [...part.matchAll(/[:：]/g)];
  const second = colons.at(-2);
  return second?.index === undefined ? part : part.slice(second.index + 1);
}

/** Where a pair starts inside a line: after a space or 、, a short label and its colon. */
const PAIR_START = /[\s、,]+(?=[^\s:：、,]{1,8}\s*[:：])/;

/** A bullet before a line's name: 「・移住者数」. */
const BULLET = /^[・●○■◆□◇\-－]\s*/;

/**
 * A KPI's name, then its figures as pairs on the same line, each after its label (「・移住者数
 * 目標：100人 実績：82人 達成率：82.0%」): the name as the pair of the label 指標名 (made, not
 * printed), then each pair. Null for any other text: two pairs or more after a name with no
 * colon, every label naming a kind of figure.
 */
export function namedPairs(text: string): ChainedPair[] | null {
  const parts = text.normalize('NFKC').trim().split(PAIR_START);
  const [head, ...rest] = parts;
  if (head === undefined || rest.length < 2 || /[:：]/.test(head)) return null;
  const name = head.replace(BULLET, '').trim();
  if (name === '') return null;
  const pairs: ChainedPair[] = [{ label: '指標名', value: name }];
  for (const part of rest) {
    const pair = PAIR.exec(part);
    if (!pair?.[1] || !pair[2]) return null;
    if (!FIGURE_ROLES.has(classifyHeader(pair[1]).role.kind)) return null;
    pairs.push({ label: pair[1], value: pair[2] });
  }
  return pairs;
}
