/**
 * The public site's texts (issue 13: the phone cards, the grade legend, the year without data,
 * the 404 page, the server's error codes in Japanese), Japanese first; merged into messages-ja.ts.
 */
export const publicJa = {
  cardLatest: '最新値',
  cardTrend: '推移: {values}',
  cardDepartments: '担当課別',
  cardNarrative: '取組内容を読む',
  gradeLegendTitle: '評価の区分',
  gradeLegendCut: '達成率 {cut}%以上',
  gradeLegendBelow: '達成率 {cut}%未満',
  gradeLegendOnly: 'すべての達成率',
  gradeLegendNone: '目標値か実績がなく、達成率を計算できないもの',
  achievedShareNote: '達成率100%以上のKPIの数 {achieved} / 達成率のあるKPI {withRate}',
  averageRateNote:
    '各KPIの達成率の単純平均です。100%を大きく超えるKPIが未達成のKPIを打ち消すことがあります（各KPIの達成率を100%で頭打ちにした場合 {capped}）。',
  yearWithoutData: '{year}の数値はありません。',
  noYearsYet: 'まだ数値のある年度がありません。',
  notFoundTitle: 'ページが見つかりません',
  notFoundText: 'お探しのページは見つかりませんでした。アドレスが正しいかご確認ください。',
  notFoundBack: '計画の一覧へ',
  crashTitle: '画面を表示できませんでした',
  crashText:
    '予期しない問題が起きました。ページを再読み込みするか、計画の一覧から開き直してください。',
  crashReload: '再読み込み',
  errorValidation: '入力内容に誤りがあります。',
  errorNotFoundApi: '指定されたデータが見つかりません。',
  errorRateLimited:
    '操作が続いたため、しばらく受け付けられません。少し待ってからやり直してください。',
  errorServer: 'サーバーで問題が起きました。時間をおいてやり直してください。',
  errorBadRequest: '要求の形式が正しくありません。',
  errorImport: 'ファイルを取り込めませんでした。',
  errorTimeout: '時間がかかりすぎたため中断しました。やり直してください。',
  errorTooLarge: 'データが大きすぎます。',
  errorUnsupportedMedia: 'この形式のデータは受け付けられません。',
  errorUnavailable: 'ただいま混み合っているか停止中です。しばらくしてからやり直してください。',
  errorDetail: '詳細: {message}',
  reductionProgress: '削減の進捗: 基準値からの削減 {done} / 計画 {planned}（{rate}）',
  reductionProgressNone:
    '削減の進捗: 基準値からの削減を計算できません（基準値か実績がありません）。',
} as const;
