/**
 * A sentence said of the table's rows, printed on a line of its own among or under them (市川市
 * 地球温暖化対策推進プラン 「運輸部門のみ、エネルギー消費率が増加。」 under the sector lines): a clause
 * and its 「。」, which no KPI's name ends with; or a sentence ending in a verb's or copula's kana
 * before its 「。」 (鶴岡市 交通安全計画 「第9次の目標を達成した。」 under the results): a KPI's
 * name ends with a noun. A name with a clause but no 「。」 is a name.
 * @example isRemarkSentence('運輸部門のみ、エネルギー消費率が増加。') // true
 * @example isRemarkSentence('第9次の目標を達成した。') // true
 */
export function isRemarkSentence(text: string): boolean {
  const t = text.trim();
  return t.length >= 8 && t.endsWith('。') && (/[、,，]/.test(t) || PREDICATE_END.test(t));
}

// 「…した。」, 「…である。」, 「…ました。」, 「…います。」: a predicate's kana before the 「。」.
const PREDICATE_END = /[たるすいだ]。$/;
