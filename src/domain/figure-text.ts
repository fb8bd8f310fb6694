import { parsePrintedRate } from './rate-format.ts';
import { withoutBracketUnit } from './bracketed-unit.ts';
import type { Decimal } from './decimal.ts';
import {
  addDecimals,
  negativeDecimal,
  parseDecimal,
  shiftDecimal,
  withinDecimalBounds,
} from './decimal.ts';
import type { Figure } from './figure.ts';
import { normalizeUnit } from './unit.ts';

/** What a cell holds besides the value: a unit, a floor or ceiling, a reduction. */
export interface ParsedFigure {
  readonly figure: Figure;
  /** A unit written in the cell ("300人", "5億4,900万円"), normalized; null when none. */
  readonly unit: string | null;
  /** "80%以上" is a floor (at-least), "18.00%以下" a ceiling (at-most). */
  readonly bound: 'at-least' | 'at-most' | null;
  /** "15人削減", "5人減": an amount to bring down. */
  readonly reduction: boolean;
  /** A second figure the cell states about the first, which a rate may be computed on. */
  readonly aside: FigureAside | null;
  /**
   * 「+5 ポイント」: a sign that says how far it went up, an amount to raise by (a target) or
   * raised by (an actual) from the baseline, where one is printed. Absent otherwise.
   */
  readonly rise?: true;
}

/**
 * A second figure printed with a cell's figure, each of them seen in real tables:
 * - `reduced-by`: 「5人減 145人」, the level reached (145, the figure) and how far it came down
 *   from the baseline (5): a KPI with no baseline printed has 150 as its baseline;
 * - `share`: 「120人、対象者の35.2%」, a count (120, the figure) and the share it is of a whole
 *   (35.2%): a KPI measured in % is measured on the share;
 * - `out-of`: 「3/5」, a count (3, the figure) out of a whole (5): a KPI with no target printed
 *   has the whole as its target;
 * - `rate`: 「2億2,367万円 (67.1パーセント)」, an amount (the figure) and its achievement rate
 *   printed in brackets after it (`printed` as a rate is written, 「67.1%」): a KPI with no
 *   column of rates prints its rate there.
 */
export type FigureAside =
  | { readonly kind: 'reduced-by'; readonly amount: Decimal }
  | { readonly kind: 'share'; readonly percent: Decimal }
  | { readonly kind: 'out-of'; readonly whole: Decimal }
  | {
      readonly kind: 'rate';
      readonly printed: string;
      /** What the bracket says of the rate, as printed (「基準年比 2.5%削減」): a change on the base year. */
      readonly words?: string;
    };

const NO_VALUE_MARKS = new Set([
  'なし',
  '無し',
  '未集計',
  '未公表',
  '評価なし',
  '該当なし',
  '未確定',
  '集計中',
  '調査中',
  '対象外',
  '皆減',
  // A note mark alone where the figure would be (長崎市 教育 H23 実績値 「※」: the survey gave none).
  '※',
]);
/**
 * A figure not measured that year, in words: 「調査なし」, 「未調査」, 「測定不能」, 「算出不可」, 「データなし」
 * (a survey held every few years, a count the pandemic stopped).
 */
const NOT_MEASURED =
  /^[(]?(?:未(?:調査|測定|算出|把握|計測)|(?:調査|測定|算出|集計|把握|計測|評価)(?:不能|不可|なし|無し|せず)|(?:データ|統計)(?:なし|無し))[)]?$/;
/**
 * A figure not known yet, in words: not published yet, its date perhaps said (「R6.9公表予定」,
 * 「（令和6年秋確定予定）」), or not settled when the sheet was made (鳥取県 図書館 工程表 H26
 * 今年度実績値 「数値未確定」, 「実績未公表」, 「集計中」), or the month it will be settled in (H27 sheet
 * 「H28.8確定見込」: no date of the figure).
 */
const PENDING = /^[(]?.{0,16}?(?:公表|確定|集計|判明|発表)(?:予定|待ち)[)]?$/;
const NOT_SETTLED =
  /^(?:(?:令和|平成|R|H)(?:元|\d{1,2})(?:[.．/／]\d{1,2}|年\d{1,2}月)?(?:頃|ごろ)?)?(?:数値|実績|結果)?(?:未確定|未集計|未公表|未判明|集計中|調査中|算定中|確定前|確定見込み?)$/;

/** Whether a cell says its figure is not known yet (「数値未確定」, 「R6.9公表予定」): no figure, no date of one. */
export function isPendingFigure(text: string): boolean {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  return t.length >= 3 && t.length <= 18 && (PENDING.test(t) || NOT_SETTLED.test(t));
}
const DASHES = /^[-‐‑–—―−ー－─]+$/;
/** A dash with the unit the figure would have had: 浦河町 「― 件/年」 (no base figure, in 件/年). */
const DASH_WITH_UNIT = /^([-‐‑–—―−ー－─]+)\s+([^\d\s().,/-][^\d().,]*)$/;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?`;
const PLAIN = new RegExp(`^${NUMBER}$`);
// A unit may be per a quantity: 「円/100kg」; an area or a volume may be written with its digit,
// 「970m3」 (能代市 松くい虫被害量), as NFKC makes of 「m³」; an emission in CO2, its digit part of it
// (阿波市 「6,678t-CO2」, 「kg-CO₂」).
const UNIT = String.raw`(?:m[23]|(?:k?g|t)-?CO2|[^\d\s().,/][^\d().,/]*(?:/[\d,]*[^\d\s().,/][^\d().,/]*)?)`;
const WITH_UNIT = new RegExp(`^${NUMBER}\\s*(${UNIT})?$`);
/** A part of a figure written in 億 / 万 / 千 (「5億」, 「6,504万」, 「4千」): its number and its scale. */
const SCALED_PART = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(億|千万|百万|万|千|百)/y;
/** The places of each scale word, in the order a figure writes them, largest first. */
const SCALE_PLACES: Readonly<Record<string, number>> = {
  億: 8,
  千万: 7,
  百万: 6,
  万: 4,
  千: 3,
  百: 2,
};
/**
 * What follows the scaled parts: digits below the last (「1万8225人」's 8225), then the unit, if
 * any (大阪府 高齢者計画の検証 「33万3811」, 「1590万886」: counts in 万 with no unit after them).
 */
const SCALED_REST = /(\d{1,4})?([^\d\s().,/]{1,4})?$/y;
// Spaces inside the brackets as a PDF's text prints them: 「12 ( 5 )」, 「( 5 ) 12」.
const SECONDARY = new RegExp(`^(.*?)\\(\\s*([-▲△−]?\\s*\\d[\\d,]*(?:\\.\\d+)?)\\s*\\)$`);
/** 「(3) 5」: a value beside another in brackets before it, read as 「5(3)」 is. */
const LEADING_SECONDARY = /^()\(\s*(\d[\d,]*(?:\.\d+)?)\s*\)\s*(\S.*)$/;
/** A per cent written out: 「67.1パーセント」. */
const PERCENT_WORD = /\s*パーセント/g;
/** An amount to bring down: 「15人削減」, 「5人減」. */
const REDUCTION = /\s*(?:削減|減)$/;
/** A rise written after the figure (「10%増」, 「5%増加」): a target relative to the baseline. */
const RISE_WORD = /\s*増加?$/;
const MAX_LENGTH = 60;
/** A plain ASCII number ("3,692", "8.39"), as most cells are: read without the general path. */
const ASCII_PLAIN = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** Circled and bracketed numbers (①, ⑴, ㉑) are KPI and item codes, which NFKC would turn into digits. */
const ENCLOSED_NUMBER = /[\u2460-\u24ff\u3251-\u325f\u32b1-\u32bf\u2776-\u2793]/;

/** A plain ASCII number ("3,692", "8.39"), which {@link parseFigureText} reads at once. */
export const isPlainFigure = (raw: string): boolean =>
  raw.length <= MAX_LENGTH && ASCII_PLAIN.test(raw);

/**
 * Reads a figure {@link isPlainFigure} says is plain (the caller has asked: most cells of a
 * table are one, and this runs on each); undefined past the bounds of a decimal.
 */
export function plainFigure(raw: string): ParsedFigure | undefined {
  const value = plainValue(raw);
  if (value === undefined) return undefined;
  const figure = { value, secondary: null, mark: null, estimate: false };
  return { figure, unit: null, bound: null, reduction: false, aside: null };
}

/**
 * A plain figure's decimal, as parseDecimal reads its digits with no separator: kept as they are
 * unless a zero leads another digit (「007」), with no regular expression run again.
 */
function plainValue(raw: string): Decimal | undefined {
  const digits = withoutCommas(raw);
  const canonical =
    digits.charCodeAt(0) !== ZERO || digits.length === 1 || digits.charCodeAt(1) === POINT;
  if (!canonical) return parseDecimal(digits);
  return withinDecimalBounds(digits as Decimal) ? (digits as Decimal) : undefined;
}

/** The text with its commas taken out, by slices: replaceAll cost twice as much on every figure. */
function withoutCommas(text: string): string {
  let at = text.indexOf(',');
  if (at < 0) return text;
  let out = text.slice(0, at);
  for (let next = text.indexOf(',', at + 1); next >= 0; next = text.indexOf(',', at + 1)) {
    out += text.slice(at + 1, next);
    at = next;
  }
  return out + text.slice(at + 1);
}

const ZERO = 0x30; // '0'
const POINT = 0x2e; // '.'

function numberText(whole: string | undefined, fraction: string | undefined): Decimal | undefined {
  if (whole === undefined) return undefined;
  return parseDecimal(whole.replaceAll(',', '') + (fraction ?? ''));
}

/**
 * A figure written in 億 and 万 with the parts below them, read in the largest of the two:
 * 「5億4,900万円」 → 5.49 億円, 「5億6,504万4千円」 → 5.65044 億円 (杵築市), 「1億5千万円」 → 1.5 億円,
 * 「8182万7千円」 → 8182.7 万円 (田原本町), 「95万9千人」 → 95.9 万人 (福島市), 「1万8225人」 → 1.8225 万人
 * (千葉県), 「33万3811」 → 33.3811 万 (大阪府, no unit). Undefined for a figure of one part alone
 * (「9,000万円」, 「3千円」: a figure and its unit),
 * parts out of order, a fraction past the first, or no 億 nor 万.
 */
function compoundMoney(text: string): { value: Decimal; unit: string } | undefined {
  // Most figures are written without 億 or 万: a character search first.
  if (!text.includes('万') && !text.includes('億')) return undefined;
  const parts: Decimal[] = [];
  let largest: number | null = null;
  let last = Infinity;
  let fractional = false;
  SCALED_PART.lastIndex = 0;
  let at = 0;
  for (let m = SCALED_PART.exec(text); m !== null; m = SCALED_PART.exec(text)) {
    const places = SCALE_PLACES[m[3] ?? ''] ?? 0;
    if (places >= last || (m[2] !== undefined && parts.length > 0)) return undefined;
    const value = numberText(m[1], m[2]);
    if (value === undefined) return undefined;
    parts.push(shiftDecimal(value, places));
    fractional ||= m[2] !== undefined;
    largest ??= places;
    last = places;
    at = SCALED_PART.lastIndex;
  }
  SCALED_REST.lastIndex = at;
  const rest = SCALED_REST.exec(text);
  if (largest === null || !rest) return undefined;
  if (rest[1] !== undefined) {
    // Digits right after 万 are the ones below it (「1万8225人」), after no smaller scale and
    // below a whole number of 万 (not 「1.5万8225」).
    const below = numberText(rest[1], undefined);
    if (below === undefined || last !== 4 || fractional) return undefined;
    parts.push(below);
  }
  if (parts.length < 2) return undefined;
  const [scale, places] = largest >= 8 ? ['億', 8] : largest >= 4 ? ['万', 4] : [null, 0];
  if (scale === null) return undefined;
  return {
    value: shiftDecimal(addDecimals(...parts), -places),
    unit: `${scale}${normalizeUnit(rest[2] ?? '')}`,
  };
}

function valueAndUnit(text: string): { value: Decimal; unit: string | null } | undefined {
  const plain = PLAIN.exec(text);
  if (plain) {
    const value = numberText(plain[1], plain[2]);
    return value === undefined ? undefined : { value, unit: null };
  }
  const money = compoundMoney(text);
  if (money) return money;
  const withUnit = WITH_UNIT.exec(text);
  if (!withUnit) return undefined;
  const value = numberText(withUnit[1], withUnit[2]);
  const unit = withUnit[3] ? normalizeUnit(withUnit[3]) : null;
  if (value === undefined || (unit !== null && unit.length > 8)) return undefined;
  return { value, unit };
}

function strip(text: string, pattern: RegExp): [string, boolean] {
  const stripped = text.replace(pattern, '');
  return [stripped.trim(), stripped !== text];
}

/** Words saying a figure is not final, with their brackets or a ※ before them. */
const ESTIMATE = /\s*\(?\s*※?\s*(?:見込み?値?|速報値?|暫定値?|概数値?|概算値?|推計値?)\s*\)?\s*/g;

/**
 * Reads one printed figure: "3,692", "８．３９", "2(1)", "(1)", "-", "―", "未集計", "▲12",
 * "△0.5", "33.2%", "300人", "5億4,900万円", "15人削減", "80%以上", "120(見込)".
 * Undefined when the text is not a figure (a title, a sentence) or is blank.
 * @example parseFigureText('2(1)')?.figure // { value: '2', secondary: '1', … }
 */
export function parseFigureText(raw: string): ParsedFigure | undefined {
  if (isPlainFigure(raw)) return plainFigure(raw);
  if (ENCLOSED_NUMBER.test(raw)) return undefined;
  let text = raw.normalize('NFKC').trim().replace(/\s+/g, ' ').replace(PERCENT_WORD, '%');
  if (text === '' || text.length > MAX_LENGTH) return undefined;
  const none = { unit: null, bound: null, reduction: false, aside: null } as const;
  if (
    DASHES.test(text) ||
    NO_VALUE_MARKS.has(text.replace(/\s/g, '')) ||
    PENDING.test(text) ||
    NOT_SETTLED.test(text.replace(/\s/g, '')) ||
    NOT_MEASURED.test(text)
  ) {
    return { figure: { value: null, secondary: null, mark: text, estimate: false }, ...none };
  }
  const dashUnit = DASH_WITH_UNIT.exec(text);
  const dashUnitText = dashUnit?.[2]?.replace(/\s+/g, '') ?? '';
  if (dashUnit && dashUnitText.length <= 8) {
    const figure = { value: null, secondary: null, mark: dashUnit[1] ?? '', estimate: false };
    return { figure, ...none, unit: normalizeUnit(dashUnitText) };
  }
  const twoFigures = readTwoFigures(text);
  if (twoFigures) return twoFigures;
  // 見込 (an estimate), 速報値 (茨城県 "7,077 (速報値)", a first count to be revised), 暫定値,
  // 概数, 推計値 (「1.58（暫定値）」, 「120 ※速報値」), 見込値 (小諸市 「34.0(見込値)」): a figure,
  // not final.
  const [withoutEstimate, estimate] = strip(text, ESTIMATE);
  text = withoutEstimate;
  // 「500人程度」, 「500人前後」: about that figure, the figure itself.
  text = text.replace(/\s*(程度|前後)$/, '');
  let bound: ParsedFigure['bound'] = null;
  if (/(以上|超)$/.test(text)) bound = 'at-least';
  if (/(以下|未満)$/.test(text)) bound = 'at-most';
  text = text.replace(/\s*(以上|超|以下|未満)$/, '');
  const [withoutReduction, reduction] = strip(text, REDUCTION);
  const [withoutRise, risen] = reduction
    ? [withoutReduction, false]
    : strip(withoutReduction, RISE_WORD);
  text = withoutRise;
  text = withoutBracketUnit(text);
  let secondary: Decimal | null = null;
  const bracket = SECONDARY.exec(text) ?? LEADING_SECONDARY.exec(text);
  if (bracket) {
    // 三重県 "▲262 (▲498)": last year's change in brackets, a cut too.
    const inBracket = bracket[2] ?? '';
    const cut = /^[-▲△−]/.test(inBracket);
    const number = numberText(inBracket.replace(/^[-▲△−]\s*/, ''), undefined);
    secondary = number === undefined ? null : cut ? negativeDecimal(number) : number;
    if (secondary === null) return undefined;
    text = (bracket[3] ?? bracket[1] ?? '').trim();
  }
  if (text === '') {
    if (secondary === null) return undefined;
    return { figure: { value: null, secondary, mark: null, estimate }, ...none };
  }
  const negative = /^[-▲△−]/.test(text);
  // 「+3.5 ポイント」: a sign that says it went up.
  const signed = text.startsWith('+');
  const rise = signed || risen;
  if (negative || signed) text = text.slice(1).trim();
  const parsed = valueAndUnit(text.replace(/\s+/g, ''));
  if (!parsed) return undefined;
  const value = negative ? negativeDecimal(parsed.value) : parsed.value;
  return {
    figure: { value, secondary, mark: null, estimate },
    unit: parsed.unit,
    bound,
    reduction,
    aside: null,
    ...(rise ? { rise: true as const } : {}),
  };
}

/** 「5人減 145人」, 「5人減、145人」: how far a figure came down, then where it is. */
const REDUCED_TO = /^(\D*\d.*?)(?:削減|減)\s*[、,]?\s*(\d.*)$/;
/** 「120人、対象者の35.2%」: a count, then the share of a whole it is. */
// (A comma before three digits separates thousands, not the two parts.)
const SHARE_OF = /^(\D*\d.*?)\s*(?:、|,(?!\d{3}))\s*(?:.*?の)?\s*(\d+(?:\.\d+)?)\s*%$/;
/** 「2億2,367万円 (67.1%)」 (パーセント already written %): a figure, then its rate in brackets. */
const RATE_BESIDE = /^(.*\d.*?)\s*[(（]\s*([-▲△−]?\s*\d+(?:\.\d+)?)\s*%\s*[)）]$/;
/**
 * 「6,678t-CO2(基準年比 1.0%増加)」: a figure, then in brackets its change on the base year with a
 * word for the sign (the closing bracket may be left out, as printed).
 */
const CHANGE_BESIDE =
  /^(.*\d.*?)\s*[(（]\s*((?:基準年度?比)\s*\d+(?:\.\d+)?\s*%\s*(?:増加|減少|削減))\s*[)）]?$/;
/** 「3/5」, 「3件/5件」: a count out of a whole. */
const OUT_OF = /^([^/]+)\/([^/]+)$/;

/** A cell printing two figures, one about the other ({@link FigureAside}); undefined otherwise. */
function readTwoFigures(text: string): ParsedFigure | undefined {
  const reduced = REDUCED_TO.exec(text);
  if (reduced) {
    const amount = parseFigureText(reduced[1] ?? '');
    const level = parseFigureText(reduced[2] ?? '');
    const value = amount?.figure.value;
    if (amount && level && value && sameUnit(amount, level) && !amount.aside && !level.aside)
      return { ...level, aside: { kind: 'reduced-by', amount: value } };
  }
  const share = SHARE_OF.exec(text);
  if (share) {
    const count = parseFigureText(share[1] ?? '');
    const percent = parseDecimal(share[2] ?? '');
    if (count && percent !== undefined && count.figure.value !== null && !count.aside)
      return { ...count, aside: { kind: 'share', percent } };
  }
  const rated = RATE_BESIDE.exec(text);
  if (rated) {
    const figure = parseFigureText(rated[1] ?? '');
    const printed = `${(rated[2] ?? '').replace(/\s+/g, '').replace(/^[▲△−]/, '-')}%`;
    // A percentage beside a percentage is another year's or a part's, not a rate of it.
    if (figure && figure.figure.value !== null && !figure.aside && figure.unit !== '%')
      return { ...figure, aside: { kind: 'rate', printed } };
  }
  const changed = CHANGE_BESIDE.exec(text);
  if (changed) {
    const figure = parseFigureText(changed[1] ?? '');
    const words = (changed[2] ?? '').trim();
    const printed = parsePrintedRate(words)?.text;
    if (figure && figure.figure.value !== null && !figure.aside && printed !== undefined)
      return { ...figure, aside: { kind: 'rate', printed, words } };
  }
  const fraction = OUT_OF.exec(text);
  // 「4/1」 is a date (April 1st), not 4 out of 1: a month/day whose part is above its whole.
  const dated =
    fraction !== null &&
    /^\d{1,2}\/\d{1,2}$/.test(text) &&
    Number(fraction[1]) > Number(fraction[2]);
  if (fraction) {
    const part = parseFigureText(fraction[1] ?? '');
    const whole = parseFigureText(fraction[2] ?? '');
    const value = whole?.figure.value;
    // 「250円/100kg」 is a price per 100 kg: units that differ make a rate's unit, not a fraction.
    if (part && whole && value && sameUnit(part, whole) && !part.aside && !whole.aside && !dated)
      return { ...part, aside: { kind: 'out-of', whole: value } };
  }
  return undefined;
}

const sameUnit = (a: ParsedFigure, b: ParsedFigure): boolean =>
  a.unit === b.unit || a.unit === null || b.unit === null;
