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
