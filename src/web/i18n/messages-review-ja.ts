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
  roundMineClosedLead: '{year}の照会は締め切られました。再開された入力を修正して提出してください。',
  reopened: '再開',
  outboxKindReturned: '差戻しのお知らせ',
  outboxKindReopened: '再開のお知らせ',
  outboxKindApproved: '承認のお知らせ',
  boardEditors: '編集者',
  boardNoEditor: '編集者なし',
  boardNoEditorNote:
    '編集者アカウントのない担当課: {departments}。依頼メールは届かず、入力もできません。アカウント管理で編集者を追加してください。',
  stateCount: '{state} {count}件',
  roundCloseLeft: '入力の状況: {counts}（全{total}件）',
  roundCloseNotApproved:
    '承認されていない入力が{count}件あります。締め切ると、管理者が再開しない限り入力できません。',
  roundCloseNoEditor: '編集者アカウントのない担当課: {departments}',
  roundOpenedNoEditor: '編集者アカウントのない担当課（依頼メールは送られません）: {departments}',
  publishNotApproved:
    'この年度の照会で承認されていない入力が{count}件あります。公開されるのは承認済みの値だけで、次の指標のこの年度の値は表示されません:',
  publishNotApprovedMore: 'ほか{count}件',
  reviewMovesTitle: '審査',
} as const;
