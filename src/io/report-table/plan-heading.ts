import { startsWithKpiCode } from './label-cells.ts';

/**
 * A line naming a level of the plan with its number: 「基本目標１ 稼ぐ力を高める」, 「政策2 …」,
 * 「第3章 …」, a plan's 目標 with its number and name (住生活基本計画 全国計画の成果指標 「目標1 安全・安心で
 * 豊かな住生活を支える生活環境の構築」; not a target's year, 「目標 2030」, 「目標1年後」) a basic policy;
 * 「施策1 …」, 「重点施策2 …」 a theme. Such a line alone heads the KPI rows under it: no header line, no KPI.
 */
const POLICY_HEADING =
  /^(?:基本目標|基本方針|政策|分野|重点目標)\s*[0-9０-９一二三四五六七八九十\u2460-\u2473]|^第\s*[0-9０-９一二三四五六七八九十]+\s*[章節編]|^目標\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十\u2460-\u2473])(?![0-9０-９.．]|\s*(?:年|[(（]))\s*\S/;
const THEME_HEADING = /^(?:施策|重点施策)\s*[0-9０-９一二三四五六七八九十\u2460-\u2473]/;
/**
 * A section numbered by a figure and a full stop before its words, as a list of targets
 * groups its items (伊万里市 図書館 「1.施設」, 「2.職員」 over 「2-1 職員数」, 「2-2 …」): a theme.
 * Not a decimal (「1.5」), nor words after a space alone (「1 施設」 may be a KPI's number).
 */
const NUMBERED_SECTION = /^[0-9０-９]{1,2}\s*[.．]\s*[^\d\s.．]/;

/** The level of the plan a line names, or null when it names none. */
export function planHeadingLevel(text: string): 'policy' | 'theme' | null {
  const line = text.trim();
  if (POLICY_HEADING.test(line)) return 'policy';
  return THEME_HEADING.test(line) || NUMBERED_SECTION.test(line) ? 'theme' : null;
}

/**
 * The level of the plan a line names by its word (「基本目標１ …」, 「施策1-2 …」), not by a number
 * alone: a title line 「1.燃料等使用量の削減目標」 is a section of the document, no level of the plan.
 */
export function wordedPlanLevel(text: string): 'policy' | 'theme' | null {
  const line = text.trim();
  if (POLICY_HEADING.test(line)) return 'policy';
  return THEME_HEADING.test(line) ? 'theme' : null;
}

/**
 * A group numbered by a bare figure run into its words (入間市博物館 重点施策別評価表
 * 「1お茶の博物館推進事業」 over 「① 「アリットお茶大学」の実施」 … 「④…」, then
 * 「2博物館資料の収集・整理・保存・活用」 over 「①資料の収集とその保存、整理」): a theme, its items
 * numbered afresh. Not a figure's count before words (「1人当たり…」: a space, a stop, a hyphen or a
 * bracket after the figure rule out a code, and the item beside it tells a group): the line is read
 * so only beside an item numbered ① ….
 */
const BARE_NUMBERED = /^[0-9０-９]{1,2}(?=[^\s\d.．,，、:：\-‐－~〜～()（）%％/／])/;

/** Whether a line is a group numbered by a bare figure, given an item's cell beside it (above or under). */
export function isNumberedGroupLine(text: string, item: string | undefined): boolean {
  return item !== undefined && BARE_NUMBERED.test(text.trim()) && startsWithKpiCode(item);
}
