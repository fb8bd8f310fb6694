import { parseDescribedFigure, type DescribedFigure } from '../../domain/described-figure.ts';
import { convertScale } from '../../domain/unit.ts';
import type { GridRow } from '../grid.ts';
import { placeTarget } from './group-cell-placement.ts';
import type { KpiDraft } from './kpi-draft.ts';
import { inKpiScale } from './unit-scale.ts';

/**
 * A target printed outside the grid, above the rows it is of: the KPI it names (`key`) and its
 * text as printed. One keyed by the lines' labels (`keyedPairs`) is of the `occurrence`-th line
 * of that label, counted in the order the lines are printed (the first 国 of 死者数, the second of
 * 死傷者数): a rewrite may have moved the keying lines above the table, never reordered the lines.
 */
export interface TitleTarget {
  readonly key: string;
  readonly text: string;
  readonly figure: DescribedFigure;
  /** Keyed by the lines' labels: of the occurrence-th line so labelled, of `lines` in all. */
  readonly keyed: { readonly occurrence: number; readonly lines: number } | null;
}

// 「目標値:77人」, 「目標:4人以下」: the word saying the figure is the target, before it.
const TARGET_WORD = /^(?:目標値?|数値目標)\s*[:：]\s*/;
// 「国:3,000 人以下」: a short label, a colon, and the figure up to the next label or bracket.
const KEYED_PAIR =
  /([^\s:：()（）、,]{1,6})\s*[:：]\s*([^:：()（）]+?)(?=\s+[^\s:：()（）、,]{1,6}\s*[:：]|[)）]|$)/g;
// Item marks a target line and its KPI's name may both begin with (<1>, ①, (1), ・).
const LEAD_MARK = /^\s*(?:[<＜〈(（]\s*\d+\s*[>＞〉)）]|[①-⑳]|[・･◎○●■□◆◇※-])\s*/;

const squeezed = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const leadMark = (s: string) => squeezed(LEAD_MARK.exec(s)?.[0] ?? '');

/**
 * The pairs of a cell that gives each line of the rows under it its target, keyed by the lines'
 * labels (尼崎市 交通安全計画 「(目標値 国:3,000 人以下 県:133 人以下 市:8 人以下)」 over the lines
 * 国 / 県 / 市): two or more 「label:figure」, each figure a target's. None for one pair, which is a
 * form's 「項目:値」 (key-value-records.ts reads those).
 * @example keyedPairs('(目標値 国:3,000 人以下 県:133 人以下)') // [['国', '3,000 人以下'], ['県', '133 人以下']]
 */
export function keyedPairs(cell: string): [string, string][] {
  const pairs = [...cell.matchAll(KEYED_PAIR)].flatMap((m): [string, string][] => {
    const [, label = '', text = ''] = m;
    return parseDescribedFigure(text.trim()) ? [[label, text.trim()]] : [];
  });
  return pairs.length >= 2 ? pairs : [];
}

/**
 * The targets the title lines print: a line of a name and a figure (鶴岡市 交通安全計画
 * 「・ 年間交通事故死者数 | 4人以下(県の数値目標 35人以下)」, 福岡市 「<1>…地域生活への移行者数 |
 * 目標値:77人」), keyed by its name; and lines keying targets by the labels of the rows after
 * them (`keyedPairs`), each reaching to the next such line.
 */
export function titleTargets(titles: readonly GridRow[]): TitleTarget[] {
  const keyedLines = titles.map((r) => r.cells.flatMap(keyedPairs)).filter((p) => p.length > 0);
  const keyed = keyedLines.flatMap((pairs) =>
    pairs.flatMap(([key, text]): TitleTarget[] => {
      const figure = parseDescribedFigure(text);
      const withKey = keyedLines.filter((l) => l.some(([k]) => k === key));
      const occurrence = withKey.indexOf(pairs);
      return figure ? [{ key, text, figure, keyed: { occurrence, lines: withKey.length } }] : [];
    }),
  );
  const named = titles.flatMap((line): TitleTarget[] => {
    if (line.cells.some((c) => keyedPairs(c).length > 0)) return [];
    const filled = line.cells.filter((c) => c.trim() !== '');
    if (filled.length !== 2) return [];
    const [name = '', last = ''] = filled;
    const text = last.trim().replace(TARGET_WORD, '');
    const figure = parseDescribedFigure(text);
    if (!figure || parseDescribedFigure(name) || !/\p{L}{2}/u.test(name)) return [];
    return [{ key: name, text, figure, keyed: null }];
  });
  return [...keyed, ...named];
}

/**
 * The KPI a title line's target is of, or null unless exactly one: keyed by its label, the line
 * so labelled in its turn; else the KPI whose name (its brackets and item mark aside, spaces
 * aside: 「死 者 数」) is within the line's name, or that begins with the same item mark (<1>).
 * Each target looks at each KPI once: a table of thousands of KPIs stays one pass.
 */
function ownerOf(target: TitleTarget, drafts: readonly KpiDraft[]): KpiDraft | null {
  if (target.keyed !== null) {
    const key = squeezed(target.key);
    const labelled = drafts.filter((d) => squeezed(lineLabel(d)) === key);
    if (labelled.length !== target.keyed.lines) return null;
    return labelled[target.keyed.occurrence] ?? null;
  }
  const mark = leadMark(target.key);
  const name = squeezed(target.key);
  const named = drafts.filter((d) => {
    if (mark !== '' && /\d|[①-⑳]/.test(mark) && mark === leadMark(d.title)) return true;
    const core = squeezed(d.title.replace(LEAD_MARK, '').replace(/[(（][^)）]*[)）]/g, ''));
    return core.length >= 2 && name.includes(core);
  });
  return named.length === 1 ? (named[0] ?? null) : null;
}

/** A line's own label: the last word of its name (国 of 「死者数 国」, its group's name first). */
const lineLabel = (draft: KpiDraft) => draft.title.trim().split(/\s+/).at(-1) ?? '';

/**
 * Gives each KPI with no target the one a title line prints for it, where exactly one line names
 * it and that line names no other KPI: targets printed above the table (or keyed in a line over
 * the years) are the KPIs' own, read as a target cell would be.
 */
export function takeTitleTargets(drafts: readonly KpiDraft[], targets: readonly TitleTarget[]) {
  if (targets.length === 0) return;
  const owners = targets.map((t) => ownerOf(t, drafts));
  targets.forEach((target, i) => {
    const draft = owners[i];
    if (!draft || draft.target !== null) return;
    if (owners.filter((o) => o === draft).length !== 1) return;
    placeTarget(draft, inBaseScale(draft, target.figure), null);
    draft.cellNotes.push(`目標: ${target.text}`);
  });
}

/** The figure in the KPI's unit, or, where the KPI prints none, at the unit's own scale (70万人: 700,000人). */
function inBaseScale(draft: KpiDraft, figure: DescribedFigure): DescribedFigure['parsed'] {
  const parsed = inKpiScale(draft, figure.parsed);
  const { unit } = parsed;
  const value = parsed.figure.value;
  if (draft.unit || draft.valueUnits.length > 0 || unit === null || value === null) return parsed;
  const base = unit.replace(/^(?:百万|千万|万|千|億)/, '');
  const scaled = base === unit ? undefined : convertScale(value, unit, base);
  return scaled === undefined
    ? parsed
    : { ...parsed, unit: base, figure: { ...parsed.figure, value: scaled } };
}
