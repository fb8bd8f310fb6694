/**
 * The review's texts (issue 21: what was submitted, on the board and the entry page), Japanese
 * first; merged into the catalog (messages-ja.ts).
 */
export const reviewJa = {
  colSubmission: '入力内容',
  reviewTitle: '入力された内容',
  reviewFigure: '実績値',
  reviewCumulative: '累計',
  reviewNarrative: '取組内容',
  reviewRate: '達成率',
  reviewGrade: '評価',
  reviewNoRate: '達成率なし',
  reviewNothing: '未入力',
  reviewPrevious: '{year}: {figure}',
  reviewPreviousLabel: '前年度',
  reviewChanges: '差戻し後の変更',
  reviewNoChanges: '差戻し後、変更はありません',
  reviewFieldFigure: '実績値',
  reviewFieldCumulative: '累計',
  reviewFieldNarrative: '取組内容',
  reviewEmptyText: '（なし）',
  reviewMovesTitle: '審査',
} as const;
