import type { Direction } from './model.ts';

/** Arrows a table prints for the way a figure should go: up, down, or held where it is. */
const UP = /^[↑⇧⬆↗⇑]$/;
const DOWN = /^[↓⇩⬇↘⇓]$/;
const LEVEL = /^[→⇨➡⇒]$/;

/**
 * The direction a cell printed as one arrow states (水道ビジョン 進捗管理 「望ましい方向」 ↑ / ↓,
 * 長崎市 成果指標 区分 ⇧ under the legend 「⇧は目標値を上回ることが望ましい指標」). Null for
 * anything else: an arrow among words (「H26年1.54→H31年1.68」) is no mark; a word is
 * {@link directionWord}'s.
 * @example directionMark('↓') // 'decrease'
 */
export function directionMark(text: string): Direction | null {
  const mark = text.trim();
  // The cheap test first: a mark is one character.
  if (mark.length !== 1) return null;
  if (UP.test(mark)) return 'increase';
  if (DOWN.test(mark)) return 'decrease';
  if (LEVEL.test(mark)) return 'maintain';
  return null;
}

/** Words a plan prints where a target would be, for the way a figure should go. */
const UP_WORD = /^(?:増加|向上|上昇|拡大|延伸|増やす)$/;
const DOWN_WORD = /^(?:減少|低下|縮小|削減|抑制|減らす)$/;
/**
 * A level to reach or stay under that another body's figure sets, not the plan (教育 「全国平均以上」,
 * 健康 「県平均を下回る」, 「前年度以上」), or a way to go from it (特定事業主行動計画 山形市 時間外勤務時間数
 * 「前年度より削減」): the way to go, with no value of the plan's own to reach.
 */
const REFERENCE =
  '(?:全国|国|全県|県|府|都|道|市|前年度?|前回|現状)(?:の)?(?:平均|水準|値|実績|数値)?(?:値)?';
const UP_REFERENCE = new RegExp(
  `^${REFERENCE}(?:以上|を上回る|より高く|超え?|(?:より|から)(?:増加|向上|上昇|拡大))$`,
);
const DOWN_REFERENCE = new RegExp(
  `^${REFERENCE}(?:以下|を下回る|より低く|未満|(?:より|から)(?:削減|減少|低下|縮小|抑制))$`,
);

/** A year in brackets after the word (千葉県 「減少を目指します(32年)」): the year it is to be by. */
const BRACKETED_YEAR =
  /[(（](?:(?:令和|平成|[RH])(?:元|\d{1,2})(?:年度?)?|(?:元|\d{1,4})年度?)[)）]$/;
/** The plan's own verb after the word: 「増加を目指します」, 「減少を目指す」. */
const AIM = /を目指(?:します|す)$/;

/**
 * The direction a target cell states as a word alone, with no figure to reach (阿賀野市 自殺対策
 * 評価指標 目標値 「増加」), or as the plan says it, aimed at by a year (千葉県 総合計画 目標
 * 「減少を目指します(32年)」), or as a level another body's figure sets (「全国平均以上」): the way
 * the KPI should go, no target value. Null for anything else,
 * a word with a figure (「15人削減」, 「10%増加」) included: those are targets.
 * @example directionWord('増加') // 'increase'
 * @example directionWord('減少を目指します(32年)') // 'decrease'
 */
export function directionWord(text: string): Direction | null {
  let word = text.replace(/\s+/g, '');
  // The cheap test first: such a word is short, with its verb and year at most 15 characters.
  if (word.length > 15) return null;
  // ASCII alone (a figure: 「5,926」, 「80%」) names no way to go: every word above is Japanese,
  // and NFKC leaves ASCII as it is.
  if (isAscii(word)) return null;
  if (word.length > 4) word = word.normalize('NFKC').replace(BRACKETED_YEAR, '').replace(AIM, '');
  if (UP_WORD.test(word) || UP_REFERENCE.test(word)) return 'increase';
  if (DOWN_WORD.test(word) || DOWN_REFERENCE.test(word)) return 'decrease';
  return null;
}

/** Whether every character of a text is ASCII (a figure as most target cells print it). */
function isAscii(text: string): boolean {
  for (let at = 0; at < text.length; at += 1) if (text.charCodeAt(at) > 0x7f) return false;
  return true;
}
