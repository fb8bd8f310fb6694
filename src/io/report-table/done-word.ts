/**
 * A step of a plan written as a word, where a figure would be: the target 「設置」 or 「策定」 of a
 * KPI that is done or not (小矢部市 総合計画 「生涯学習推進協議会の設置」 target 設置; 「生涯スポーツ
 * プラン策定」 actual 策定 in H13), optionally with 済 or 予定.
 */
const DONE_WORD =
  /^(?:設置|策定|制定|整備|開設|完了|実施|導入|創設|締結|運用開始|供用開始)(?:済み?|予定|完了)?$/;

/** Whether a cell (spaces aside) is such a word: the cheap length test comes first. */
export function isDoneWord(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && t.length <= 8 && DONE_WORD.test(t.replace(/\s+/g, ''));
}

/**
 * Whether a target cell prints the KPI's name again (特定事業主行動計画 山形市 目標項目 and 数値目標
 * both 「性別による差別のない採用」): the goal is the thing itself, done or not, no figure to reach,
 * kept as printed. The name may carry a part after it (「… 男性」, a KPI split per part).
 */
export function isTitleAgain(title: string, text: string): boolean {
  const said = text.replace(/\s+/g, '');
  return said.length >= 4 && title.replace(/\s+/g, '').startsWith(said);
}
