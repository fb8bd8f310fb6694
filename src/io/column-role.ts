import type { FiscalYear, FiscalYearContext } from '../domain/fiscal-year.ts';
import { parseFiscalYear } from '../domain/fiscal-year.ts';

/** What a column of a progress table holds, read off its header. */
export type ColumnRole =
  | { readonly kind: 'policy' }
  | { readonly kind: 'theme' }
  | { readonly kind: 'kpi' }
  | { readonly kind: 'department' }
  | { readonly kind: 'unit' }
  | { readonly kind: 'counting' }
  | { readonly kind: 'baseline'; readonly fiscalYear: FiscalYear | null }
  | { readonly kind: 'actual'; readonly fiscalYear: FiscalYear | null }
  | { readonly kind: 'cumulative'; readonly fiscalYear: FiscalYear | null }
  | { readonly kind: 'target'; readonly fiscalYear: FiscalYear | null }
  | { readonly kind: 'rate'; readonly formula: RateFormulaLetters | null }
  | { readonly kind: 'grade' }
  | { readonly kind: 'narrative'; readonly fiscalYear: FiscalYear | null }
  | { readonly kind: 'other' };

/** A rate header that states its formula: "b/a×100", "(B)/(A)", "B÷A". */
export interface RateFormulaLetters {
  readonly numerator: string;
  readonly denominator: string;
}

const YEAR_TOKEN =
  /(?:令和|平成|R|H)(?:元|\d{1,2})(?:年度?)?|(?:FY)?\d{4}年度?|FY\d{4}|\d{1,2}年度/gi;

/** The last fiscal year named in a header ("目標値 (R8)" → 2026, "R5年度 取組内容等" → 2023). */
export function headerYear(label: string, context: FiscalYearContext = {}): FiscalYear | null {
  const tokens = label.normalize('NFKC').match(YEAR_TOKEN) ?? [];
  for (const token of tokens.reverse()) {
    const year = parseFiscalYear(token, context);
    if (year !== undefined) return year;
  }
  return null;
}

const FORMULA = /\(?([a-zA-Z])\)?\s*[/÷]\s*\(?([a-zA-Z])\)?/;

export function rateFormulaLetters(label: string): RateFormulaLetters | null {
  const match = FORMULA.exec(label.normalize('NFKC'));
  if (!match?.[1] || !match[2]) return null;
  return { numerator: match[1].toLowerCase(), denominator: match[2].toLowerCase() };
}

/** The letter a column is named by in a rate formula: "達成件数(b)" → b. */
export function columnLetterMark(label: string): string | null {
  const match = /[(（]\s*([a-zA-Z])\s*[)）]\s*$/.exec(label.normalize('NFKC').trim());
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * Classifies a header by meaning, not position. The order matters: "KPI設定時 基準値" is a
 * baseline though it says KPI; "重要業績評価指標" is the KPI though it says 評価.
 */
export function classifyHeader(label: string, context: FiscalYearContext = {}): ColumnRole {
  const l = label.normalize('NFKC').replace(/\s+/g, '');
  const year = headerYear(l, context);
  if (l === '') return { kind: 'other' };
  if (
    /達成率|進捗率|達成度|達成割合|進捗度|達成比率/.test(l) ||
    (rateFormulaLetters(l) && /率|100/.test(l))
  ) {
    return { kind: 'rate', formula: rateFormulaLetters(l) };
  }
  if (/基準|策定時|設定時|当初値|現状値|計画策定/.test(l))
    return { kind: 'baseline', fiscalYear: year };
  if (/目標/.test(l) && !/指標$/.test(l)) return { kind: 'target', fiscalYear: year };
  if (/指標|項目|^KPI|事業名|取組名/.test(l)) return { kind: 'kpi' };
  if (/取組内容|取組状況|実施内容|内容|説明|コメント|理由|所見|備考/.test(l)) {
    return { kind: 'narrative', fiscalYear: year };
  }
  if (/担当|所管|課名|部署/.test(l)) return { kind: 'department' };
  if (/^単位/.test(l)) return { kind: 'unit' };
  if (/単年度/.test(l) || /^集計方法$/.test(l)) return { kind: 'counting' };
  if (/累計/.test(l)) return { kind: 'cumulative', fiscalYear: year };
  if (/実績|決算|結果/.test(l)) return { kind: 'actual', fiscalYear: year };
  if (/判定|評価|ランク|達成状況$/.test(l)) return { kind: 'grade' };
  if (/基本方針|基本目標|基本指針|政策分野|分野|政策|大綱/.test(l)) return { kind: 'policy' };
  if (/テーマ|施策|取組事項|重点|推進項目/.test(l)) return { kind: 'theme' };
  if (year !== null && parseFiscalYear(l, context) !== undefined)
    return { kind: 'actual', fiscalYear: year };
  return { kind: 'other' };
}
