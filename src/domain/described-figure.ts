import type { FiscalYear } from './fiscal-year.ts';
import { dateBeforeFigure } from './date-before-figure.ts';
import { fiscalYearOfMonth, parseFiscalYear, yearSpan } from './fiscal-year.ts';
import type { ParsedFigure } from './figure-text.ts';
import { isPlainFigure, parseFigureText, plainFigure } from './figure-text.ts';
import { isKnownUnit } from './unit.ts';
import { splitLeadingFootnote } from './leading-footnote.ts';

/** A figure printed with words around it: what it measures, and a footnote mark. */
export interface DescribedFigure {
  readonly parsed: ParsedFigure;
  /** The words before the number (福知山市 "延床面積 45,298平方メートル" → 延床面積), or null. */
  readonly description: string | null;
  /** A footnote mark after it ("24,672平方メートル(※)" → ※), or null. */
  readonly footnote: string | null;
  /**
   * A figure of another unit printed beside it in brackets, kept as printed (兵庫県 "17,979頭 (7
   * 千円)": 17,979 head, the cost per head beside them), or its rank (長野県 "1.56 (全国16位)"), or
   * null.
   */
  readonly beside: string | null;
  /** Printed as a total over the plan's period (江田島市 "延べ 4"): a cumulative count. */
  readonly periodTotal: boolean;
  /**
   * The fiscal year the cell names for its figure: of the date it is as of (神川町 "144
   * 名(平成 26 年 4 月 1 日現在)" → H26; a date in January–March is the year before), or a year
   * leading its description ("平成26年度職員数 146 名" → H26), or the year it was measured in,
   * in brackets after it ("71.7% (19年度)" → H19) or before it with a colon ("H30：120区画");
   * null when it names none.
   */
  readonly fiscalYear: FiscalYear | null;
}

/**
 * A date a figure is printed as of, in brackets after it: "(平成 26 年 4 月 1 日現在)", 「(R5.4.1)」,
 * 「(R5.3末)」, 「(令和5年3月末時点)」.
 */
const AS_OF =
  /\s*[(（]\s*((?:令和|平成|昭和|R|H)\s*(?:元|\d{1,2})|\d{4})\s*(?:年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?\s*(?:末\s*)?(?:現在|時点)|[.．]\s*(\d{1,2})(?:\s*[.．]\s*\d{1,2})?\s*(?:末)?\s*(?:現在|時点)?)\s*[)）]$/;
const LEADING_YEAR = /^((?:令和|平成|R|H)(?:元|\d{1,2})年度?)/;
/**
 * The fiscal year a figure was measured in, in brackets after it: 能代市 "71.7% (19年度)",
 * 栃木県 "93.8 (H16)" (a bare year in the 平成 of a table of that time), an era's year with no 年
 * (住生活基本計画 全国計画の成果指標 "82%(平成25)"), or at its end: 岡山県
 * 事後評価 "15.9%(1,088 戸/6,860 戸)(平成 27 年度末)" (the year's end is that year's), or a year
 * of four digits (長野県 総合計画 "243.8人(2020 年)", "2.9万TJ(2020 年度)").
 */
const YEAR_MEASURED =
  /\s*[(（]\s*((?:令和|平成|R|H)?\s*(?:元|\d{1,2})\s*年(?:度末?)?|(?:令和|平成|R|H)\s*(?:元|\d{1,2})|(?:19|20)\d{2}\s*年(?:度末?)?)\s*[)）]$/;

/**
 * A year before the figure, then a colon, or in brackets: 「H30：120区画」, 「R6年度: 150」,
 * 「（H30）35.2%」, 「【R4】10人」.
 */
const YEAR_COLON =
  /^(?:((?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*(?:年度?)?|\d{4}\s*年度?)\s*:|[(【]\s*((?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*(?:年度?)?|\d{4}\s*年度?)\s*[)】])\s*(.+)$/;

/** The word for a total over the period, before a figure ("延べ 2", "累計500人"). */
const PERIOD_TOTAL = /^(?:延べ|累計)\s*(?=\d)/;
/** The same word in brackets after the figure ("500人(累計)"). */
const PERIOD_TOTAL_AFTER = /\s*[(（]\s*(?:延べ|累計)\s*[)）]$/;

/** A span of years in brackets after a figure, with the word for a total or none: 「(R1～R4累計)」. */
const SPAN_AFTER = /\s*[(（]\s*([^()（）]+?)\s*(?:まで)?\s*の?\s*(累計|合計|計|延べ)?\s*[)）]$/;

/**
 * A figure over a span of years (「320人（R1～R4累計）」, 「12件 (H30-R4の計)」, 「320人（R1～R4）」):
 * the total to the span's end, of that year. A share with no word for a total (「45%（R1～R4）」
 * may be an average) is not read so.
 */
function spanTotal(text: string): DescribedFigure | undefined {
  const bracket = SPAN_AFTER.exec(text);
  const inner = bracket?.[1];
  if (!bracket || inner === undefined) return undefined;
  const span = yearSpan(inner);
  if (!span || span.text !== inner || span.to < span.from) return undefined;
  const head = parseFigureText(text.slice(0, bracket.index));
  if (!head || head.figure.value === null || head.aside) return undefined;
  if (bracket[2] === undefined && head.unit === '%') return undefined;
  return { ...withNoWords(head), periodTotal: true, fiscalYear: span.to };
}

/** Two figures joined by a wave: 「60〜65%」, 「60%～65%」, 「60,312t〜63,173t」. */
const RANGE = /^([^~〜～]*\d[^~〜～]*?)\s*[~〜～]\s*([^~〜～]*\d[^~〜～]*)$/;

/**
 * A range (a target of 「60〜65%」): its low end, in the unit the high end writes where the low
 * one writes none, the range kept beside it as printed. Undefined unless both ends are figures
 * of one unit, the low one the lower.
 */
function rangeLow(text: string): DescribedFigure | undefined {
  const range = RANGE.exec(text);
  if (!range) return undefined;
  const low = parseFigureText(range[1] ?? '');
  const high = parseFigureText(range[2] ?? '');
  if (!low || !high || low.aside || high.aside) return undefined;
  const [a, b] = [low.figure.value, high.figure.value];
  if (a === null || b === null || Number(a) >= Number(b)) return undefined;
  if (low.unit !== null && low.unit !== high.unit) return undefined;
  return { ...withNoWords({ ...low, unit: high.unit }), beside: text };
}

const FOOTNOTE = /\s*(?:[(（]\s*((?:※|注|\*)\s*\d*)\s*[)）]|((?:※|\*)\d*))$/;
// Words, after a year where one leads them (神川町 "平成26年度職員数 146 名").
const DESCRIPTION =
  /^((?:(?:令和|平成|R|H)(?:元|\d{1,2})年度?)?[^\d\s()（）▲△−-][^\d]*?)\s*(\d.*)$/;

/**
 * Reads a figure cell that says more than its figure, as value cells of other cities do:
 * "延床面積 45,298平方メートル" (45,298 ㎡ of floor area), "一般職員数 15人削減" (15 人 to cut),
 * "24,672平方メートル(※)" (a footnote under the table), "延べ 4" (江田島市: the total over the
 * plan's period so far, a cumulative count). The plain figures parseFigureText
 * reads come back with no description. Undefined when what is left is not a figure with a
 * unit Mieruka knows.
 * @example parseDescribedFigure('延床面積 45,298平方メートル')?.description // '延床面積'
 */
export function parseDescribedFigure(raw: string): DescribedFigure | undefined {
  // A plain number is read faster than it is looked up (most cells of a table are one); other
  // texts a table repeats ("-", "50%", "2(1)") are read once, the answer shared (it is
  // immutable); the memo is bounded, and forgets all when full.
  if (isPlainFigure(raw)) {
    // Nothing around it to read (no 約, no brackets, no unit): the figure alone.
    const plain = plainFigure(raw);
    return plain === undefined ? undefined : withNoWords(plain);
  }
  const known = memo.get(raw);
  if (known !== undefined || memo.has(raw)) return known;
  const described = describedFigure(raw);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(raw, described);
  return described;
}

const MEMO_SIZE = 8192;
const memo = new Map<string, DescribedFigure | undefined>();

/** A figure with nothing said around it (every DescribedFigure is of this one shape). */
const withNoWords = (parsed: ParsedFigure): DescribedFigure => ({
  parsed,
  description: null,
  footnote: null,
  beside: null,
  periodTotal: false,
  fiscalYear: null,
});

/** A rank, the figure's place among others: 長野県 "1.56 (全国16位)", "(県内3位)". */
const RANK = /^(?:全国|県内|道内|都内|府内|管内|圏域内|中核市中)?\s*第?\s*\d{1,4}\s*位$/;

/**
 * Whether a cell is a rank alone, with or without the year it is of (長野県 総合計画 目標
 * 「全国1位(2026 年)」: to be first in the country, no figure of the KPI's).
 * @example isRankAlone('全国1位(2026 年)') // true; isRankAlone('1.56 (全国16位)') // false
 */
export function isRankAlone(text: string): boolean {
  const normal = text.normalize('NFKC').trim();
  const year = YEAR_MEASURED.exec(normal);
  return RANK.test((year ? normal.slice(0, year.index) : normal).trim());
}

/**
 * A change written in brackets after a figure with no word of what it is against (岡山県 環境基本
 * 計画 努力目標 「61.9 (20%減)」, the cut on the baseline): kept beside the figure as printed, not
 * read as a rate (a change on the base year is read only where its words say so: 「基準年比」).
 */
const CHANGE = /^[+＋]?\s*\d+(?:\.\d+)?\s*%\s*(?:減少?|削減|増加?)$/;

/** A bracket closing a cell, with a number in it: "(7 千円)". */
const BRACKET_AFTER = /\s*[(（]\s*([^()（）]*\d[^()（）]*?)\s*[)）]$/;

/**
 * A figure with a unit and, in brackets after it, a figure of another unit (兵庫県 "17,979頭 (7
 * 千円)"): the first is the cell's figure, the second what is said beside it. Undefined unless
 * both have units and they differ (a bracket of the same kind, "950 (9500)", is the figure's
 * second value, read by parseFigureText).
 */
function besideOtherUnit(text: string): DescribedFigure | undefined {
  const bracket = BRACKET_AFTER.exec(text);
  if (!bracket) return undefined;
  const head = parseFigureText(text.slice(0, bracket.index));
  const said = (bracket[1] ?? '').trim();
  if (head && (RANK.test(said) || CHANGE.test(said)) && head.figure.value !== null && !head.aside)
    return { ...withNoWords(head), beside: said };
  const other = parseFigureText(bracket[1] ?? '');
  if (!head || !other || head.unit === null || other.unit === null) return undefined;
  if (head.unit === other.unit || head.aside || head.figure.value === null) return undefined;
  return { ...withNoWords(head), beside: (bracket[1] ?? '').trim() };
}

/**
 * A figure, then after a space what is said of it with no bracket: the count it stands for, of
 * another unit, and its rank (長野県 総合計画 「44.2% 34市町村 全国41位」: 44.2% of the
 * municipalities, 34 of them, 41st in the country): the first figure the cell's, the rest kept
 * beside it as printed. Undefined unless the first part is a figure with a unit and every other
 * part a rank or a figure of another unit (「橋梁23.0% トンネル75.0%」, two parts each named, is not).
 */
function besideAfterSpace(text: string): DescribedFigure | undefined {
  const [first, ...rest] = text.split(/\s+/);
  if (first === undefined || rest.length === 0 || rest.length > 3) return undefined;
  const head = parseFigureText(first);
  if (!head || head.unit === null || head.figure.value === null || head.aside) return undefined;
  const said = (part: string) => {
    if (RANK.test(part)) return true;
    const other = parseFigureText(part);
    return other !== undefined && other.unit !== null && other.unit !== head.unit;
  };
  return rest.every(said) ? { ...withNoWords(head), beside: rest.join(' ') } : undefined;
}

/** A signed change in percent run onto the figure before it, no space between. */
const RUN_ON_CHANGE = /^(.*[^\d\s.,%％])([△▲+＋−-]\s*\d[\d,]*(?:\.\d+)?\s*[%％])$/;

/**
 * A figure with its unit and its change in percent run on with no space (特定事業主行動計画
 * 徳島市 「12.9日▲1.5%」, 「14.5日△10%」: 12.9 days, 1.5% fewer than the base year): read as the
 * two written apart are, the figure the cell's, the change kept beside it as printed.
 */
function changeRunOn(text: string): DescribedFigure | undefined {
  const match = RUN_ON_CHANGE.exec(text.trim());
  return match ? besideAfterSpace(`${match[1] ?? ''} ${match[2] ?? ''}`) : undefined;
}

/** A bracket closing a cell with words in it: "(新型コロナウイルス感染症のため1回中止)". */
const REMARK_AFTER = /\s*[(（]\s*([^()（）]+?)\s*[)）]$/;
/** Words, not a figure: five letters of Japanese at least (kanji, kana). */
const WORDS = /(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー][^()（）]*){5}/u;
/** A comparison with the year before: 「前年比+5%」, 「対前年度 105%」, 「前年差 △3人」. */
const ON_YEAR_BEFORE = /^(?:対前年(?:度|同期)?|前年(?:度|同期)?(?:比|差|比較))/;

/**
 * A figure with a remark in brackets after it, why it is what it is (阿賀野市 自殺対策 「年1回
 * (新型コロナウイルス感染症のため1回中止)」): the figure the cell's, the remark kept beside it as
 * printed; a comparison with the year before too (「132万人（前年比+5%）」). Undefined unless the
 * bracket holds words (five letters at least, so a bracketed 見込, 速報値 or year is left to the
 * rules that read it) and is no figure itself.
 */
function remarkAfter(text: string): DescribedFigure | undefined {
  const bracket = REMARK_AFTER.exec(text);
  if (!bracket) return undefined;
  const said = (bracket[1] ?? '').trim();
  if (!(WORDS.test(said) || ON_YEAR_BEFORE.test(said)) || parseFigureText(said) !== undefined)
    return undefined;
  const headText = text.slice(0, bracket.index);
  const head = parseFigureText(headText);
  if (head && head.figure.value !== null && !head.aside)
    return { ...withNoWords(head), beside: said };
  // The figure may say more itself (「年1回」: a frequency, its words before the number).
  const described = head ? undefined : describedFigure(headText);
  if (!described || described.beside !== null || described.parsed.figure.value === null)
    return undefined;
  return { ...described, beside: said };
}

/**
 * A provisional figure of a year, then the settled one of the same year (岡山県 現況 「70.1
 * (H22速報) 63.7 (H22)」): the settled one is the figure, the provisional kept beside it as
 * printed. A cell whose settled figure is left out (「36.1 (H22速報) (H22)」) reads as the provisional
 * figure, an estimate (as 「7,077 (速報値)」 is).
 */
const PROVISIONAL_FIRST =
  /^(.*?\d.*?\s*[(（]\s*((?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*(?:年度?)?)\s*(?:速報値?|暫定値?|見込み?値?)\s*[)）])\s*(\S.*)$/;

/** A year alone in brackets, where the settled figure of a provisional one is left out: 「(H22)」. */
const YEAR_ALONE = /^[(（]\s*((?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*(?:年度?)?)\s*[)）]$/;

function settledAfterProvisional(text: string): DescribedFigure | undefined {
  const match = PROVISIONAL_FIRST.exec(text);
  if (!match) return undefined;
  const year = parseFiscalYear((match[2] ?? '').replace(/\s+/g, ''));
  const alone = YEAR_ALONE.exec((match[3] ?? '').trim());
  if (
    alone &&
    year !== undefined &&
    parseFiscalYear((alone[1] ?? '').replace(/\s+/g, '')) === year
  ) {
    // The settled figure left out: the provisional one, an estimate, as a 速報値 is read.
    const head = parseFigureText((match[1] ?? '').replace(/\s*[(（][^()（）]*[)）]$/, ''));
    if (!head || head.figure.value === null || head.aside) return undefined;
    return {
      ...withNoWords({ ...head, figure: { ...head.figure, estimate: true } }),
      fiscalYear: year,
    };
  }
  const settled = describedFigure(match[3] ?? '');
  if (year === undefined || !settled || settled.fiscalYear !== year || settled.beside !== null)
    return undefined;
  return { ...settled, beside: (match[1] ?? '').trim() };
}

/** A "unit" that is only a footnote mark: 市川市 "48*" (a note above the table says of it), "48 ※". */
const MARK_UNIT = /^(?:\*|＊|※)\d*$/;
/** A unit with a footnote mark after it: 「人※」, 「件 ※」. */
const UNIT_THEN_MARK = /^([^\s*＊※]+?)\s*((?:\*|＊|※)\d*)$/;

/**
 * 「約1,200人」, 「概ね 1,200人」: about that figure in a printed table, the figure itself (not a
 * figure named 約). A figure typed in is not read so: an entry states the figure.
 */
const ABOUT = /^\s*(?:約|概ね|おおむね|およそ)\s*(?=[\d０-９△▲+＋\-−])/;

/** A figure wholly in brackets: 「(20,000円)」, 「[85.7%]」 (呉市 病院's sub-lines). */
const WHOLLY_BRACKETED = /^\s*(?:\(([^()]*\d[^()]*)\)|\[([^[\]]*\d[^[\]]*)\])\s*$/;

/**
 * Inside a figure wholly in brackets, its year and the word 実績 before it: 鳥取県 図書館 工程表
 * 年度当初値 「(H25実績 5.3冊)」, the result of H25.
 */
const YEAR_RESULT_INSIDE =
  /^((?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*(?:年度?)?)\s*実績\s*(?=[\d△▲\-−])(.+)$/;

function describedFigure(raw: string): DescribedFigure | undefined {
  const about = ABOUT.exec(raw);
  if (about) return describedFigure(raw.slice(about[0].length));
  const bracketed = WHOLLY_BRACKETED.exec(raw.normalize('NFKC'));
  const inner = bracketed?.[1] ?? bracketed?.[2];
  const yearResult = inner === undefined ? null : YEAR_RESULT_INSIDE.exec(inner.trim());
  if (yearResult?.[1] && yearResult[2]) {
    // Read as its year in brackets before it (「(H25)5.3冊」), the cell kept as printed.
    const result = describedFigure(`(${yearResult[1]})${yearResult[2]}`);
    return result && { ...result, beside: raw.trim() };
  }
  if (inner !== undefined) {
    // A sub-line's figure printed in brackets under its KPI's: the figure, noted as printed.
    const figure = parseFigureText(inner);
    return figure && figure.figure.value !== null
      ? { ...withNoWords(figure), beside: raw.trim() }
      : undefined;
  }
  const plain = parseFigureText(raw);
  if (plain && plain.unit !== null && MARK_UNIT.test(plain.unit))
    return { ...withNoWords({ ...plain, unit: null }), footnote: plain.unit };
  // A footnote mark after the unit (「28,000人※」): the unit, and the mark a footnote.
  const marked = plain?.unit ? UNIT_THEN_MARK.exec(plain.unit) : null;
  if (plain && marked)
    return { ...withNoWords({ ...plain, unit: marked[1] ?? null }), footnote: marked[2] ?? null };
  if (plain) return withNoWords(plain);
  let text = raw.normalize('NFKC').trim();
  const settled = settledAfterProvisional(text);
  if (settled) return settled;
  const total = PERIOD_TOTAL.exec(text) ?? PERIOD_TOTAL_AFTER.exec(text);
  const counted = total
    ? parseFigureText(total.index === 0 ? text.slice(total[0].length) : text.slice(0, total.index))
    : undefined;
  if (counted) return { ...withNoWords(counted), periodTotal: true };
  const overSpan = spanTotal(text);
  if (overSpan) return overSpan;
  const range = rangeLow(text);
  if (range) return range;
  const asOf = AS_OF.exec(text);
  const dated = asOf ? parseFigureText(text.slice(0, asOf.index)) : undefined;
  if (asOf && dated) {
    // April–March: 3月31日 of H27 is in H26.
    const year = fiscalYearOfMonth(asOf[1] ?? '', Number(asOf[2] ?? asOf[3]));
    if (year !== undefined) return { ...withNoWords(dated), fiscalYear: year };
  }
  const datedBefore = dateBeforeFigure(text);
  const afterDate = datedBefore ? parseFigureText(datedBefore.rest) : undefined;
  if (datedBefore && afterDate)
    return { ...withNoWords(afterDate), fiscalYear: datedBefore.fiscalYear };
  const measured = YEAR_MEASURED.exec(text);
  const measuredYear = measured
    ? parseFiscalYear((measured[1] ?? '').replace(/\s+/g, ''))
    : undefined;
  if (measured && measuredYear !== undefined) {
    // The figure before the year may say more itself ("累計500人(R1)": a total over the period).
    const head = text.slice(0, measured.index);
    const plainHead = parseFigureText(head);
    if (plainHead) return { ...withNoWords(plainHead), fiscalYear: measuredYear };
    const saidHead = describedFigure(head);
    if (saidHead && saidHead.fiscalYear === null) return { ...saidHead, fiscalYear: measuredYear };
  }
  const colon = YEAR_COLON.exec(text);
  const colonYear = colon
    ? parseFiscalYear((colon[1] ?? colon[2] ?? '').replace(/\s+/g, ''))
    : undefined;
  const afterColon = colon && colonYear !== undefined ? parseFigureText(colon[3] ?? '') : undefined;
  if (afterColon && colonYear !== undefined)
    return { ...withNoWords(afterColon), fiscalYear: colonYear };
  const beside =
    besideOtherUnit(text) ?? besideAfterSpace(text) ?? changeRunOn(text) ?? remarkAfter(text);
  if (beside) return beside;
  const markedBefore = splitLeadingFootnote(text);
  if (markedBefore) {
    const after = describedFigure(markedBefore.rest);
    if (after && after.footnote === null) return { ...after, footnote: markedBefore.mark };
  }
  const mark = FOOTNOTE.exec(text);
  const footnote = mark ? (mark[1] ?? mark[2] ?? '').replace(/\s+/g, '') : null;
  if (mark) text = text.slice(0, mark.index).trim();
  const described = DESCRIPTION.exec(text);
  const description = described?.[1]?.trim() || null;
  const parsed = parseFigureText(described?.[2] ?? text);
  if (!parsed || (description === null && footnote === null)) return undefined;
  // Words before a number are a sentence unless a unit follows it ("27年度に実施"), and with no
  // unit they may change what the number is: only 延べ is read as what it makes the number.
  if (parsed.unit !== null && !isKnownUnit(parsed.unit)) return undefined;
  if (description !== null && parsed.unit === null) return undefined;
  const leading = description === null ? null : LEADING_YEAR.exec(description)?.[1];
  const year = leading ? (parseFiscalYear(leading) ?? null) : null;
  return { parsed, description, footnote, beside: null, periodTotal: false, fiscalYear: year };
}
