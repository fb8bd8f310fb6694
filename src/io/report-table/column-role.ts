import { bareHeaderYear } from './bare-year.ts';
import { fractionBarFormula } from './fraction-bar-formula.ts';
import { wordedRateFormula } from './worded-formula.ts';
import { comparesWithYearBefore } from './year-before-comparison.ts';
import { budgetExecutionRole } from './budget-execution.ts';
import { namesYearAfterPlan } from './years-after-plan.ts';
import { namesActualWithRate } from './actual-with-rate-header.ts';
import { plannedOrRealCount } from './planned-and-actual-counts.ts';
import { statutoryLimitWord } from './statutory-limit-columns.ts';
import type { FiscalYear, FiscalYearContext } from '../../domain/fiscal-year.ts';
import { fiscalYearOfMonth, parseFiscalYear } from '../../domain/fiscal-year.ts';
import { normalizeUnit } from '../../domain/unit.ts';
import type { ColumnRoleName } from '../../domain/column-role-name.ts';
import { withoutHeaderMarks } from './header-marks.ts';

/**
 * The kinds of figure a KPI prints (its baseline, actuals, running total, target, rate): what a
 * line's or a column's word must name for it to be a KPI's figure; readers add grades or
 * differences where they count too.
 */
export const KPI_FIGURE_KINDS = ['baseline', 'actual', 'cumulative', 'target', 'rate'] as const;

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
  | {
      readonly kind: 'rate';
      readonly formula: RateFormulaLetters | null;
      /** Printed as fractions of one (0.90 for 90%): read so where that reproduces more rates. */
      readonly fraction?: true;
    }
  /** A printed difference (差b-a): checked against the actual less the target, or the reverse. */
  | {
      readonly kind: 'difference';
      readonly order: DifferenceOrder;
      /** A year's own difference, checked against that year's plan, not the KPI's (`year-differences.ts`). */
      readonly ofYear?: FiscalYear;
    }
  | { readonly kind: 'grade' }
  | { readonly kind: 'narrative'; readonly fiscalYear: FiscalYear | null }
  | { readonly kind: 'other' }
  /** Set by hand: the column's cells are left unplaced, listed. */
  | { readonly kind: 'ignore' };

/** A role and the header words that gave it, for `check --explain` and the import page. */
export interface HeaderClass {
  readonly role: ColumnRole;
  readonly because: string;
}

/** A rate header that states its formula: "b/a×100", "(B)/(A)", "B÷A". */
export interface RateFormulaLetters {
  readonly numerator: string;
  readonly denominator: string;
}

const YEAR_TOKEN =
  /(?:令和|平成|R|H)(?:元|\d{1,2})\s*[-~〜–−]\s*\d{1,2}(?!\d)|(?:令和|平成|R|H)(?:元|\d{1,2})(?:年度?)?|(?:FY)?\d{4}年度?|FY\d{4}|第?\d{1,2}年度?目(?!標)|(?:元|\d{1,2})年度/gi;

/** A header with its years written out of it, for comparing this year's file with last year's. */
export function withoutYears(label: string): string {
  return label.normalize('NFKC').replace(/\s+/g, '').replace(YEAR_TOKEN, '年');
}

/** A period in one era ("H23-27"): its era and last year. */
const PERIOD = /^(令和|平成|R|H)(?:元|\d{1,2})\s*[-~〜–−]\s*(\d{1,2})$/i;

/** A span of years written with the era at both ends: 軽米町 "(H11-H16)". */
const ERA_SPAN = /((?:令和|平成|R|H)(?:元|\d{1,2}))[-~〜–−]((?:令和|平成|R|H)(?:元|\d{1,2}))/i;

/**
 * The years a header names as a span (軽米町 "純減率 (H11-H16)" → H11 to H16) and the span as
 * printed; null when it names none.
 */
export function headerSpan(
  label: string,
  context: FiscalYearContext = {},
): { from: FiscalYear; to: FiscalYear; text: string } | null {
  const match = ERA_SPAN.exec(label.normalize('NFKC').replace(/\s+/g, ''));
  if (!match?.[1] || !match[2]) return null;
  const from = parseFiscalYear(match[1], context);
  const to = parseFiscalYear(match[2], context);
  return from === undefined || to === undefined || to <= from ? null : { from, to, text: match[0] };
}

/** A date: 「H22.4.1」, 「平成22年4月1日」, 「R5.4.1現在」, 「2019.4.1」, 「2019年4月1日」. */
const DATE =
  /((?:令和|平成|R|H)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*(?:[.．/／]\s*(\d{1,2})\s*[.．/／]\s*\d{1,2}(?!\d)|年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日)/i;

/**
 * A month's end with no day: 「R4.3」, 「H31.3末」, 「令和4年3月末」, 「2022年3月末現在」 (a count as of
 * then); a calendar year's month only with 年 and 月, never 「2022.3」 (a decimal, maybe).
 */
const MONTH =
  /((?:令和|平成|R|H)\s*(?:元|\d{1,2}))\s*[.．/／]\s*(\d{1,2})(?![\d.．/／])|((?:令和|平成|R|H)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/i;

/**
 * The fiscal year of a date in a header (三重県 "H22.4.1 総職員数" → H22) or of a month's end
 * (「R4.3末」 → R3): the year the date falls in, the one before for January to March. Null when
 * the header names no date.
 */
export function headerDate(label: string, context: FiscalYearContext = {}): FiscalYear | null {
  const normal = label.normalize('NFKC');
  const day = DATE.exec(normal);
  if (day?.[1]) return dateYear(day[1], Number(day[2] ?? day[3]));
  const month = MONTH.exec(normal);
  const year = month?.[1] ?? month?.[3];
  if (year !== undefined) return dateYear(year, Number(month?.[2] ?? month?.[4]));
  return bareDateYear(normal, context);
}

/** A day of a year with no era, as dots write it: 「26.4.1」, 「27.3.31」, nothing else in the cell. */
const BARE_DATE = /^(元|\d{1,2})\s*[.．/／]\s*(\d{1,2})\s*[.．/／]\s*(\d{1,2})\s*(?:現在)?$/;

/**
 * The fiscal year of a day written with no era (鳥取県 工程表 時点 「26.4.1」 → H26, 「27.3.31」 →
 * H26: the day the year ends), in the era of the table's other years (平成 for 13 and above where
 * none is named, as 「26年度」 reads). Two dots make it a day, never a decimal; a day past 31 or
 * a month past 12 makes it none.
 */
function bareDateYear(normal: string, context: FiscalYearContext): FiscalYear | null {
  const match = BARE_DATE.exec(normal.trim());
  if (!match?.[1] || Number(match[3]) < 1 || Number(match[3]) > 31) return null;
  return dateYear(match[1], Number(match[2]), context);
}

/** The fiscal year of a year (R4, 2022) and a month of it; null for a month that is none. */
const dateYear = (
  yearText: string,
  month: number,
  context: FiscalYearContext = {},
): FiscalYear | null =>
  month < 1 || month > 12 ? null : (fiscalYearOfMonth(yearText, month, context) ?? null);

/** A header that is only a month of a year with no era: 「11年4月」, 「13年4月1日現在」. */
const BARE_MONTH = /^(元|\d{1,2})\s*年\s*(\d{1,2})\s*月(?:\s*1\s*日)?(?:\s*現在)?$/;

/**
 * The fiscal year of a header that is only a month of a year written with no era (厚生労働省's
 * 待機児童 by city 「11年4月 | 12年4月 | 13年4月」: counts as of each April): the era the table's
 * other years give (13 and above: 平成), the year before for January to March. Null for any
 * other header: a month inside a longer header is not read so (「3年4月から」 is a text).
 */
export function bareMonthYear(label: string, context: FiscalYearContext = {}): FiscalYear | null {
  const match = BARE_MONTH.exec(label.normalize('NFKC').trim());
  if (!match?.[1]) return null;
  return dateYear(match[1], Number(match[2]), context);
}

/** A calendar year beside a role word in brackets: 富山県 "2018(実績)", "2021(目標)". */
/**
 * A header's first word a calendar year, a word after it (「2015 実績」, read with its spaces
 * dropped 「2015実績値」), not a count in its unit (「2000人以上」) nor a span of years.
 */
const LEADING_YEAR =
  /^\s*(19[89]\d|20\d\d)\s*(?=[^\d\s.,%年度~〜～\-–−人円件回台個本名戸世ヶか箇t㎡m])/;

const BRACKETED_YEAR =
  /^((?:19|20)\d{2})\s*[(（][^()（）\d]+[)）]$|^[^\d]+[(（]\s*((?:19|20)\d{2})\s*[)）]$/;

/**
 * The last fiscal year named in a header ("目標値 (R8)" → 2026, "R5年度 取組内容等" → 2023); of
 * a period, its end (富士市 "H23-27実績額" → H27); of a date, its fiscal year ("H22.4.1" →
 * H22); a calendar year beside a role word in brackets, that year ("2018(実績)" → 2018).
 */
export function headerYear(label: string, context: FiscalYearContext = {}): FiscalYear | null {
  const dated = headerDate(label) ?? bareHeaderYear(label) ?? bareMonthYear(label, context);
  if (dated !== null) return dated;
  // A calendar year over the columns under it (江田島市 「2015」 over 実績 | 改善・悪化 | 達成度,
  // joined 「2015 実績」): that year, as 「H27 実績」 is.
  const leading = LEADING_YEAR.exec(label.normalize('NFKC'))?.[1];
  if (leading !== undefined) return parseFiscalYear(`${leading}年度`) ?? null;
  const bracketed = BRACKETED_YEAR.exec(label.normalize('NFKC').trim());
  const calendar = bracketed?.[1] ?? bracketed?.[2];
  if (calendar !== undefined) return parseFiscalYear(`${calendar}年度`) ?? null;
  const tokens = label.normalize('NFKC').match(YEAR_TOKEN) ?? [];
  for (const token of tokens.reverse()) {
    const period = PERIOD.exec(token);
    const year = parseFiscalYear(period ? `${period[1]}${period[2]}` : token, context);
    if (year !== undefined) return year;
  }
  return null;
}

/**
 * The unit a title or header line states for the figures under it: "（単位：千円）" → 千円,
 * "単位:百万円" → 百万円; of the figures and their shares stated together (軽米町 "単位:人・%"),
 * the figures' (人: a rate's % is its own). Null when it states none (a 単位 column's own header
 * says no unit).
 */
export function statedUnit(text: string): string | null {
  // Its closing bracket no part of it: 「(単位:千円)」, 桑名市 「【単位:平方メートル】」.
  const match = /単位\s*:\s*([^\s)\]】、,]+)/.exec(text.normalize('NFKC'));
  if (!match?.[1]) return null;
  const [figures, ...others] = match[1].split('・');
  const unit = figures && others.every((u) => u === '%') ? figures : match[1];
  return normalizeUnit(unit);
}

/**
 * The units a title line states per kind of figure: 富士市 "単位…事業数:件 事業費:千円" →
 * 事業数 in 件, 事業費 in 千円. Empty when it states one unit for all, or none.
 */
export function statedUnits(text: string): { word: string; unit: string }[] {
  const normal = text.normalize('NFKC');
  const at = normal.indexOf('単位');
  if (at < 0) return [];
  const pairs = normal.slice(at + 2).matchAll(/([^\s:.…・、,()]+)\s*:\s*([^\s)\]、,]+)/g);
  return [...pairs].map((m) => ({ word: m[1] ?? '', unit: normalizeUnit(m[2] ?? '') }));
}

const FORMULA = /\(?([a-zA-Z])\)?\s*[/÷]\s*\(?([a-zA-Z])\)?/;

export function rateFormulaLetters(label: string): RateFormulaLetters | null {
  const match = FORMULA.exec(label.normalize('NFKC'));
  if (!match?.[1] || !match[2]) return wordedRateFormula(label) ?? fractionBarFormula(label);
  return { numerator: match[1].toLowerCase(), denominator: match[2].toLowerCase() };
}

/**
 * The letter a column is named by in a rate formula: "達成件数(b)" → b, and a bare letter after
 * Japanese words, 三田市 "計画額a" → a (not "KPI", not "差b-a").
 */
export function columnLetterMark(label: string): string | null {
  // Letter-spaced words (若狭町 「歳 出 額 A」) are read squeezed.
  const match = /(?:\(\s*([a-zA-Z])\s*\)|(?<=[^\x20-\x7e])([a-zA-Z]))$/.exec(
    label.normalize('NFKC').replace(/\s+/g, ''),
  );
  return (match?.[1] ?? match?.[2])?.toLowerCase() ?? null;
}

/**
 * Which way a 差 column subtracts: 三田市 "差b-a" is the actual less the plan; a bare "差"
 * says not, and either way is taken.
 */
export type DifferenceOrder = 'actual-target' | 'target-actual' | 'either';

/** The letters of a difference header ("差b-a" → b, a), or null when it names none. */
export function differenceLetters(label: string): { from: string; less: string } | null {
  const match = /差.*?\(?([a-zA-Z])\)?\s*[-−–ー]\s*\(?([a-zA-Z])\)?/.exec(label.normalize('NFKC'));
  if (!match?.[1] || !match[2]) return null;
  return { from: match[1].toLowerCase(), less: match[2].toLowerCase() };
}

type YearRole = (year: FiscalYear | null) => ColumnRole;

/**
 * Header words by role, in the order they are tried: "KPI設定時 基準値" is a baseline though
 * it says KPI; "重要業績評価指標" is the KPI though it says 評価.
 */
const WORD_RULES: readonly (readonly [RegExp, YearRole])[] = [
  // Where the figures come from (a 健康増進計画's 指標元: 市保健衛生統計, アンケート): no KPI,
  // though it says 指標.
  [/指標元|出典|出所|算出資料|データ元/, () => ({ kind: 'other' })],
  // Where the indicator is printed in the plan (熊野市 総合計画 数値目標一覧 「掲載頁」 59, 61):
  // a page number, no figure of the KPI, kept as printed.
  [
    /掲載(?:頁|ページ)|^(?:参照)?(?:頁|ページ)$/,
    (fiscalYear) => ({ kind: 'narrative', fiscalYear }),
  ],
  // What an indicator is (「指標の説明」, 「指標の定義」, 算出方法): words about the KPI named
  // beside it, not its name, though it says 指標; how it is measured or judged and what the
  // result is put down to (事後評価 「定 義」, 「評価方法」, 「結果の分析」, 【計測方法】): words
  // about it, not a grade or a result, though they say 評価 and 結果; what a goal is (障害者計画
  // 「目標の内容」 「平成24年度の一般就労移行者数の2倍以上」, its figure in 目標値 beside it): words,
  // though they say 目標 and hold a figure.
  [
    /(?:指標|目標値?)の(?:説明|定義|考え方|内容|概要|解説|意味)|(?:算出|算定|計算)方法|^定義$|(?<!集計)方法$|の分析$/,
    (fiscalYear) => ({ kind: 'narrative', fiscalYear }),
  ],
  // The present value of a year written beside it (富山県 「現状(2019)」 after 「2018(実績)」): the
  // latest actual, not a baseline; 現状値 with no year is the plan's starting point.
  [/^現状[(（](?:19|20)\d{2}[)）]$/, (fiscalYear) => ({ kind: 'actual', fiscalYear })],
  [
    // 現状 alone or over its year (住田町 「現 状 (平成21年度)」), or after it (ごみ 審議会 「平成 29 年度
    // 現状」), not 「現状と課題」; 従前値, the value before the plan (社会資本総合整備計画 事後評価
    // 「従前値:246 戸(24 年度)」).
    /基準|策定時|設定時|計画時|当初値?(?=$|[(（\d])|計画開始時|取組前|現状値|^現状(?=$|[(（])|(?<=\d(?:年度?)?|[)）])現状$|現況|計画策定|ベースライン|従前値/,
    (fiscalYear) => ({ kind: 'baseline', fiscalYear }),
  ],
  [
    // 計画 alone or before the year it is of, and 計画値 after it (「平成24年度 計画値」, 「第8期計画値
    // R5」), not a 基本計画 or 実施計画; 目安値, a year's milestone (長野県); a 介護保険事業計画's
    // estimate (「第2次計画 の推計」), unless it is an estimated actual; 見込量, a plan's volume;
    // a year's プラン and a 公立病院改革プラン's figures (「H25プラン」 beside 「H25決算」); 計画 before
    // what it measures (滋賀県 間伐 「計画面積」 over 「実績面積」, 計画人数, 計画件数), or before an
    // amount (行政改革 「計画効果額」 over 「実績効果額」, 計画削減額, 計画事業費); 将来値, a
    // target beyond the plan's (水道ビジョン 「将来値(令和12年度)」 after 「目標値(令和7年度)」); a
    // 総合計画's めざす値 / 目指す値 / めざそう値, the value it aims at.
    /(?:めざ|目指)(?:す|そう)(?:数?値|水準)|(?<!基本)目標(?!.*(?:指標|項目)$)|^将来(?:目標)?値|(?<=^|[\d年度])計画(額|値|面積|延長|件数|人数|戸数|回数)|^計画数値|(?<=^|[\d年度])計画[^\s\d()（）]{1,4}?[額値費](?=(?:[(（][^()（）]*[)）]|[\d年度RH令和平成元~〜.-])*$)|(?<!基本|実施|整備)計画(?:額|値|数|量|面積|延長|件数|人数|戸数|回数)?(?=[\d()（）年度RH令和平成元~〜.-]*$)|^プラン$|(?<=^[\d年度RH令和平成元()（）.-]+|改革)プラン$|目安値?|(?<!実績.*)推計|見込量/,
    (fiscalYear) => ({ kind: 'target', fiscalYear }),
  ],
  // The division in charge of a KPI (宇陀市 「KPI所管課」, 「指標担当課」): no KPI, though it says KPI.
  [/(?:所管|担当)(?:課|部局?|部署|係)名?$/, () => ({ kind: 'department' })],
  [/指標|項目|^KPI|事業名|取組名/, () => ({ kind: 'kpi' })],
  // Why the figures came out so (経営戦略 進捗管理 「乖離の要因」, 「未達成の要因」): words, as 理由 are.
  [
    /取組内容|取組状況|実施内容|内容|説明|コメント|理由|要因|原因|所見|備考|概要$/,
    (fiscalYear) => ({ kind: 'narrative', fiscalYear }),
  ],
  [/担当|所管|課名|部署/, () => ({ kind: 'department' })],
  [/^単位(?!:)/, () => ({ kind: 'unit' })],
  [/単年度|^集計方法$/, () => ({ kind: 'counting' })],
  // A total over a span of years (「H29-R1の計」, 「R2〜R4合計」, 「平成29年度から令和元年度までの計」):
  // the running total to the span's end.
  [
    /累計|(?:[-~〜–−]|から).*(?:\d|元|年度?)(?:まで)?の?(?:合計|計)$/,
    (fiscalYear) => ({ kind: 'cumulative', fiscalYear }),
  ],
  // 直近値, the latest value of a 健康増進計画's evaluation; 確定数値, a year's settled count;
  // 現在値, 到達値, a value at an evaluation (中間評価時, 中間値), a year's 値 (R4年度値).
  [
    /実績|決算|結果|^達成(額|値)$|直近|最新値?(?=$|[(（\d])|今回(?:値|調査)|確定数?値|現在値|到達値|^(?:中間|最終)値$|評価時点?$|(?<=年度?|\d)値$/,
    (fiscalYear) => ({ kind: 'actual', fiscalYear }),
  ],
  // A header whose last word is 施策 names the plan's measures, whatever it says of them
  // (静岡県 「評価する施策」: the measures graded, no grade).
  [/施策$/, () => ({ kind: 'theme' })],
  // 達成見込: whether the target is expected to be met (水道ビジョン 進捗管理: ○).
  [/判定|評価|ランク|達成状況$|達成見込み?$|進捗区分|達成区分/, () => ({ kind: 'grade' })],
  [/基本方針|基本目標|基本指針|政策分野|分野|政策|大綱|^(章|編)$/, () => ({ kind: 'policy' })],
  [/テーマ|施策|取組事項|重点|推進項目/, () => ({ kind: 'theme' })],
];

/**
 * Rates: of achievement, and changes against a base year (三重県 増減率, 八頭町 削減率(累計),
 * 軽米町 純 減 率, 市川市 「対 H18 年度比率」 against the year it names), which the role search reads
 * as changes when no target explains them; a plan's ratio (介護保険事業計画 「(対計画比)」: the
 * count reached ÷ the plan's estimate; 障害福祉計画 「見込量に対する実績の割合」, 「計画値に対する実績の割合」:
 * the actual over the plan's volume, though it says 見込量); a 達成状況 stated in percent (経営体育成支援事業 「2年度目
 * 達成状況 (%)」): a rate, not a grade.
 */
const RATE_WORDS =
  /(?:目標|計画|見込み?)(?:値|量)?に対する(?:実績|利用)?の?(?:割合|比率)|達成状況\s*[(（]\s*[%％]\s*[)）]|達成率|進捗率|進ちょく率|実施率|達成度|達成割合|進捗度|達成比率?|(?:計画|目標|予算)?実績比(?!較)率?|増減率|削減率|純[減増]率|対?目標比|対?計画比(?!較)|計画対比|乖離率|実績\/目標|実績÷目標|実績\/計画|対\s*(?:平成|令和|[HR])?\s*\d{1,4}\s*年度?\s*比/;

/**
 * What makes a formula of letters a rate: a rate's words (率, ×100), or 対比 (江津市 水道事業
 * 業務状況書 「予定との 対比 B/A」: the half-year's 当期実績 B over the year's 年間予定 A, 50.16%).
 * A per-head amount 「一人当たり給与費 B/A」 has none of them.
 */
const RATIO_OF_LETTERS = /率|100|対比/;

/**
 * A measure's change between two dates, named after it (廿日市市 「延べ床面積差し引き (平方メートル)」):
 * a printed difference.
 */
const MEASURE_DIFFERENCE = /^[^\d]{1,10}?(差し引き|差引き?)(?:\(.*\))?$/;

/**
 * Two kinds of figure set against each other by name (佐渡市 事後検証 「目標と実績の比較」; 「計画
 * との差」, 「目標に対する差異」): the difference of the two, not the first kind's figure, whatever
 * follows (a year the rewrite joined to it).
 */
const PAIR_DIFFERENCE =
  /^(?:目標|計画|予定|見込み?|実績|基準)値?(?:と|との|に対する)(?:(?:目標|計画|予定|見込み?|実績)値?の)?(比較|差異|差額|差|乖離)(?!率)/;

/**
 * A header that starts with a year's end (廿日市市 「平成23年度末現在」, then what is counted):
 * the figures under it are counts as of that day; not a description that starts so
 * (「令和元年度末時点の施設入所者のうち…」).
 */
const YEAR_END = /^(?:平成|令和|昭和|[HRS])?(?:\d{1,4}|元)年度?末(?:現在|時点)?(?![の時現])/;

/** A day of each year (各年4月1日): the figures under it are counts as of that day. */
const EACH_YEAR_DATE = /各年\d{1,2}月\d{1,2}日/;

/**
 * A ratio to the year before (前年度比, 対前年比, 前年同期比): this year's figure over last year's,
 * no achievement rate, so no column of rates by its percentages either.
 */
const YEAR_ON_YEAR = /^対?前年(?:度|同期)?(?:実績値?)?比(?!較)/;

/**
 * Whether a header names a ratio to the year before (前年度比, 対前年比) or a comparison with it
 * (「増減率(対前年)」), kept as printed.
 */
export function namesYearOnYear(label: string): boolean {
  const l = withoutHeaderMarks(label).normalize('NFKC').replace(/\s+/g, '');
  return YEAR_ON_YEAR.test(l) || comparesWithYearBefore(l);
}

/**
 * Classifies a header by meaning, not position, and says which words decided it.
 * @example classifyHeader('目標値 (R8)') // { role: { kind: 'target', fiscalYear: 2026 }, because: 'the word "目標"' }
 */
export function classifyHeader(label: string, context: FiscalYearContext = {}): HeaderClass {
  const l = withoutHeaderMarks(label).normalize('NFKC').replace(/\s+/g, '');
  if (l === '') return { role: { kind: 'other' }, because: 'no header' };
  if (YEAR_ON_YEAR.test(l))
    return { role: { kind: 'other' }, because: 'a ratio to the year before' };
  if (comparesWithYearBefore(l))
    return { role: { kind: 'other' }, because: 'a comparison with the year before' };
  if (namesActualWithRate(l))
    return {
      role: { kind: 'actual', fiscalYear: headerYear(l, context) },
      because: 'an actual with its rate in brackets',
    };
  const rateWord = RATE_WORDS.exec(l)?.[0];
  const formula = rateFormulaLetters(l);
  const worded = formula !== null && wordedRateFormula(l) !== null;
  if (rateWord !== undefined || (formula && (worded || RATIO_OF_LETTERS.test(l)))) {
    const because = rateWord ? `the word "${rateWord}"` : 'a rate formula';
    return { role: { kind: 'rate', formula }, because };
  }
  // 比較 alone is the plan set against the result (八街市 経営戦略 計画 | 実績 | 比較). The base
  // it is against may come first: 「対H17 増減数」, 「対前年度 増減」 (宮城県 定員管理).
  const difference =
    /^(?:対\s*(?:前年度?|(?:平成|令和|[HR])?\s*\d{1,4}\s*年?度?)\s*)?(差額|差引|差|増減|純[減増]|上積み?額?|乖離値|乖離額?$|比較$)(?!率)/.exec(
      l,
    )?.[1] ??
    MEASURE_DIFFERENCE.exec(l)?.[1] ??
    PAIR_DIFFERENCE.exec(l)?.[1];
  if (difference !== undefined)
    return {
      role: { kind: 'difference', order: 'either' },
      because: `the word "${difference}"`,
    };
  const year = headerYear(l, context);
  const limit = statutoryLimitWord(l);
  if (limit !== null)
    return { role: { kind: 'other' }, because: `a limit the law sets: the word "${limit}"` };
  const count = plannedOrRealCount(l);
  if (count !== null)
    return { role: { kind: count.role, fiscalYear: year }, because: `the word "${count.word}"` };
  const budget = budgetExecutionRole(l);
  if (budget !== null) return budgetRole(budget, year);
  for (const [pattern, role] of WORD_RULES) {
    const word = pattern.exec(l)?.[0];
    if (word === undefined) continue;
    const read = role(year);
    // A span's total is told by its years, not by one word (「H29-R1の計」).
    const span = read.kind === 'cumulative' && !word.includes('累計');
    return { role: read, because: span ? 'a total over a span of years' : `the word "${word}"` };
  }
  if (year !== null && (parseFiscalYear(l, context) !== undefined || bareHeaderYear(l) !== null))
    return { role: { kind: 'actual', fiscalYear: year }, because: 'only a fiscal year' };
  // The results of a year after the plan was made (「1年後(平成29年)」): that year's.
  if (year !== null && namesYearAfterPlan(l))
    return { role: { kind: 'actual', fiscalYear: year }, because: 'a year after the plan' };
  // A count as of a date (三重県 "H23.4.1 総職員数 (人)"): the figures of that date's year.
  const dated = headerDate(l) ?? bareMonthYear(l, context);
  if (dated !== null)
    return { role: { kind: 'actual', fiscalYear: dated }, because: 'a count as of a date' };
  // A count as of a year's end (「平成23年度末現在 延べ床面積」): that year's.
  if (year !== null && YEAR_END.test(l))
    return { role: { kind: 'actual', fiscalYear: year }, because: 'a count as of a date' };
  // A count as of a day of each year over its year (軽米町 "各年4月1日の職員数" over H11): that year's.
  if (year !== null && EACH_YEAR_DATE.test(l))
    return { role: { kind: 'actual', fiscalYear: year }, because: 'a count as of a date' };
  return { role: { kind: 'other' }, because: 'no known word' };
}

/** A budget execution's column (予算現額, 支出済額, 支出割合): the plan, the result, the rate. */
function budgetRole(
  role: 'target' | 'actual' | 'rate',
  fiscalYear: FiscalYear | null,
): HeaderClass {
  const because = 'a budget’s execution';
  if (role === 'rate') return { role: { kind: 'rate', formula: null }, because };
  return { role: { kind: role, fiscalYear }, because };
}

/**
 * The role a person gave a column on the import page (or a mapping saved from it): a year
 * role takes the year its header names, a rate the formula its header states.
 */
export function roleByHand(
  name: ColumnRoleName,
  label: string,
  context: FiscalYearContext = {},
): ColumnRole {
  const fiscalYear = headerYear(label, context);
  switch (name) {
    case 'baseline':
    case 'actual':
    case 'cumulative':
    case 'target':
    case 'narrative':
      return { kind: name, fiscalYear };
    case 'rate':
      return { kind: 'rate', formula: rateFormulaLetters(label) };
    case 'difference':
      return { kind: 'difference', order: 'either' };
    case 'policy':
    case 'theme':
    case 'kpi':
    case 'department':
    case 'unit':
    case 'counting':
    case 'grade':
    case 'other':
    case 'ignore':
      return { kind: name };
  }
}
