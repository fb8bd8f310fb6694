/**
 * A line naming a level of the plan with its number: 「基本目標１ 稼ぐ力を高める」, 「政策2 …」,
 * 「第3章 …」 a basic policy; 「施策1 …」, 「重点施策2 …」 a theme. Such a line alone heads the
 * KPI rows under it: no header line, no KPI.
 */
const POLICY_HEADING =
  /^(?:基本目標|基本方針|政策|分野|重点目標)\s*[0-9０-９一二三四五六七八九十\u2460-\u2473]|^第\s*[0-9０-９一二三四五六七八九十]+\s*[章節編]/;
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
