/**
 * A line of a KPI printed over several: its plan (計画, 目標, or the year's expectation 期待値,
 * 茨城県, or its forecast 見込値 beside a 実績値 line, 桜川市 施策評価 対象指標, written 見込 alone too,
 * 新庄市 事務事業評価 「見込 | 実績 | 達成率」 under 「目標 | 実績 | 達成率」, or a 障害福祉計画's 見込量,
 * the volume of a service the plan expects), its result (実績, or 実施 beside a 計画 of the times a
 * programme is held), its rate (達成率, 進捗率, or the result over the plan, 対計画比,
 * 介護保険事業計画's own word); a rate line may run into the grade printed after it with a note
 * mark (茨城県 「達成率評価(※)」).
 */
export const LINE_WORD =
  /^(計画値?|目標値?|期待値|見込み?値?|見込み?量|実績値?|実施値?|達成率|進捗率|進ちょく率|達成度|進捗度|達成割合|達成比率|対?計画比|計画対比|対?目標比)(評価)?※?\d*$/;

/** A cell as a line's word: brackets and angle brackets around it aside (西尾市 「<達成度>」). */
export const lineWord = (cell: string) =>
  cell.normalize('NFKC').replace(/[\s()（）%<>〈〉《》]/g, '');
