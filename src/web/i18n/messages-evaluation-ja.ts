/**
 * The evaluation's texts (issue 21: 一次評価・二次評価・外部評価・最終判断), Japanese first;
 * merged into the catalog (messages-ja.ts).
 */
export const evaluationJa = {
  evaluationTitle: '{year}の評価',
  evaluationNone: 'まだ評価はありません',
  evaluationLevelSelf: '一次評価（担当課）',
  evaluationLevelSecond: '二次評価（企画課）',
  evaluationLevelExternal: '外部評価（外部評価委員）',
  evaluationLevelFinal: '最終判断',
  evaluationNotWritten: '未記入',
  evaluationGrade: '評価',
  evaluationText: '評価の理由・意見',
  evaluationDirection: '今後の方向性',
  evaluationDirectionExpand: '拡充',
  evaluationDirectionContinue: '継続',
  evaluationDirectionReview: '見直し',
  evaluationDirectionAbolish: '廃止',
  evaluationBy: '{who}・{at}',
  evaluationWrite: '{level}を記入',
  evaluationChange: '修正する',
  evaluationSave: '保存',
  evaluationSaved: '保存しました',
  evaluationConflict: 'ほかの人が先に保存しました。再読み込みして内容を確かめてください',
  evaluationChooseGrade: '評価を選んでください',
  evaluationEmptyText: '評価の理由を入力してください',
  evaluationSelfTitle: '一次評価（自己評価）',
  auditActionEvaluation: '評価の記入',
  auditFieldEvaluationScheme: '評価の区分と公表',
  evaluationSelfHint: '評価の区分と、その理由を入力してください',
} as const;
