import type { Lang } from '../../i18n/i18n.ts';

/*
 * What an import added and changed, as the server words it for the command line
 * (domain/plan-diff.ts: "⑩ R5 actual 0 → 1", "KPI ㉑ added", "① R5 narrative rewritten"), in
 * Japanese for the Japanese page: its words replaced, its codes, years and values kept.
 */

/** Longest first, so "cumulative label" is replaced before "cumulative". */
const WORDS: readonly (readonly [RegExp, string])[] = [
  [/\bfrom (R\d+)$/g, '（$1から）'],
  [/\bplan period\b/g, '計画期間'],
  [/\brate precision\b/g, '達成率の表示桁'],
  [/\bgrade scale\b/g, '評価区分'],
  [/\bbasic policy\b/g, '基本方針'],
  [/\btheme program\b/g, 'テーマプログラム'],
  [/\baction items\b/g, '取組項目'],
  [/\bother columns\b/g, 'その他の列'],
  [/\bcumulative label\b/g, '累計の見出し'],
  [/\bmoved to\b/g, '→ 移動先'],
  [/\bnarrative\b/g, '取組内容'],
  [/\brewritten\b/g, '書き換え'],
  [/\bactual\b/g, '実績値'],
  [/\bcumulative\b/g, '累計'],
  [/\bmilestone\b/g, '年度目標'],
  [/\btarget\b/g, '目標値'],
  [/\bbaseline\b/g, '基準値'],
  [/\btitle\b/g, '指標名'],
  [/\bnote\b/g, '備考'],
  [/\btags\b/g, 'マーク'],
  [/\bdepartments\b/g, '担当課'],
  [/\bunit\b/g, '単位'],
  [/\bcounting\b/g, '集計方法'],
  [/\bdirection\b/g, '向き'],
  [/\bbasis\b/g, '判定基準'],
  [/\bformula\b/g, '計算式'],
  [/\bname\b/g, '名称'],
  [/\bplan\b/g, '計画'],
  [/\badded\b/g, '追加'],
  [/\bincrease\b/g, '増加'],
  [/\bdecrease\b/g, '減少'],
  [/\bmaintain\b/g, '維持'],
  [/\bsingle-year\b/g, '単年度'],
  [/\blatest\b/g, '最新年度'],
  [/\bsum\b/g, '期間合計'],
  [/\bratio\b/g, '比率'],
  [/\bprogress\b/g, '進捗'],
];

/**
 * One line of what an import added or changed, in the reader's language.
 * @example changeLine('① R5 narrative rewritten', 'ja') // '① R5 取組内容 書き換え'
 */
export function changeLine(line: string, lang: Lang): string {
  if (lang !== 'ja') return line;
  return WORDS.reduce((text, [word, ja]) => text.replace(word, ja), line);
}
