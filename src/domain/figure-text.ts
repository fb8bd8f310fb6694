import type { Decimal } from './decimal.ts';
import { parseDecimal, shiftDecimal, addDecimals } from './decimal.ts';
import type { Figure } from './figure.ts';
import { normalizeUnit } from './unit.ts';

/** What a cell holds besides the value: a unit, a floor or ceiling, a reduction. */
export interface ParsedFigure {
  readonly figure: Figure;
  /** A unit written in the cell ("300人", "5億4,900万円"), normalized; null when none. */
  readonly unit: string | null;
  /** "80%以上" is a floor (at-least), "18.00%以下" a ceiling (at-most). */
  readonly bound: 'at-least' | 'at-most' | null;
  /** "15人削減": an amount to bring down. */
  readonly reduction: boolean;
}

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
]);
const DASHES = /^[-‐‑–—―−ー－─]+$/;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?`;
const PLAIN = new RegExp(`^${NUMBER}$`);
const WITH_UNIT = new RegExp(`^${NUMBER}\\s*([^\\d\\s().,][^\\d().,]*)?$`);
const OKU_MAN = new RegExp(`^${NUMBER}億(?:${NUMBER}万)?(千)?円$`);
const MAN_ONLY = new RegExp(`^${NUMBER}万${NUMBER}?円$`);
const SECONDARY = new RegExp(`^(.*?)\\((\\d[\\d,]*(?:\\.\\d+)?)\\)$`);
const MAX_LENGTH = 60;
/** A plain ASCII number ("3,692", "8.39"), as most cells are: read without the general path. */
const ASCII_PLAIN = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** Circled and bracketed numbers (①, ⑴, ㉑) are KPI and item codes, which NFKC would turn into digits. */
const ENCLOSED_NUMBER = /[\u2460-\u24ff\u3251-\u325f\u32b1-\u32bf\u2776-\u2793]/;

/** A plain ASCII number ("3,692", "8.39"), which {@link parseFigureText} reads at once. */
export const isPlainFigure = (raw: string): boolean =>
  raw.length <= MAX_LENGTH && ASCII_PLAIN.test(raw);

function numberText(whole: string | undefined, fraction: string | undefined): Decimal | undefined {
  if (whole === undefined) return undefined;
  return parseDecimal(whole.replaceAll(',', '') + (fraction ?? ''));
}

function negate(value: Decimal): Decimal {
  return (value.startsWith('-') || value === '0' ? value : `-${value}`) as Decimal;
}

/** "5億4,900万円" → 5.49 億円; "4,900万円" → 4900 万円. */
function compoundMoney(text: string): { value: Decimal; unit: string } | undefined {
  const oku = OKU_MAN.exec(text);
  if (oku) {
    const high = numberText(oku[1], oku[2]);
    const low = numberText(oku[3], oku[4]);
    if (high === undefined) return undefined;
    return {
      value: low === undefined ? high : addDecimals(high, shiftDecimal(low, -4)),
      unit: '億円',
    };
  }
  const man = MAN_ONLY.exec(text);
  if (man) {
    const high = numberText(man[1], man[2]);
    const low = man[3] === undefined ? undefined : numberText(man[3], man[4]);
    if (high === undefined) return undefined;
    return {
      value: low === undefined ? high : addDecimals(high, shiftDecimal(low, -4)),
      unit: '万円',
    };
  }
  return undefined;
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

/**
 * Reads one printed figure: "3,692", "８．３９", "2(1)", "(1)", "-", "―", "未集計", "▲12",
 * "△0.5", "33.2%", "300人", "5億4,900万円", "15人削減", "80%以上", "120(見込)".
 * Undefined when the text is not a figure (a title, a sentence) or is blank.
 * @example parseFigureText('2(1)')?.figure // { value: '2', secondary: '1', … }
 */
export function parseFigureText(raw: string): ParsedFigure | undefined {
  if (isPlainFigure(raw)) {
    const value = parseDecimal(raw.replaceAll(',', ''));
    if (value === undefined) return undefined;
    const figure = { value, secondary: null, mark: null, estimate: false };
    return { figure, unit: null, bound: null, reduction: false };
  }
  if (ENCLOSED_NUMBER.test(raw)) return undefined;
  let text = raw.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (text === '' || text.length > MAX_LENGTH) return undefined;
  const none = { unit: null, bound: null, reduction: false } as const;
  if (DASHES.test(text) || NO_VALUE_MARKS.has(text.replace(/\s/g, ''))) {
    return { figure: { value: null, secondary: null, mark: text, estimate: false }, ...none };
  }
  const [withoutEstimate, estimate] = strip(text, /\s*\(?見込み?\)?\s*/g);
  text = withoutEstimate;
  let bound: ParsedFigure['bound'] = null;
  if (/(以上|超)$/.test(text)) bound = 'at-least';
  if (/(以下|未満)$/.test(text)) bound = 'at-most';
  text = text.replace(/\s*(以上|超|以下|未満)$/, '');
  const [withoutReduction, reduction] = strip(text, /\s*削減$/);
  text = withoutReduction;
  let secondary: Decimal | null = null;
  const bracket = SECONDARY.exec(text);
  if (bracket) {
    secondary = numberText(bracket[2], undefined) ?? null;
    if (secondary === null) return undefined;
    text = (bracket[1] ?? '').trim();
  }
  if (text === '') {
    if (secondary === null) return undefined;
    return { figure: { value: null, secondary, mark: null, estimate }, ...none };
  }
  const negative = /^[-▲△−]/.test(text);
  if (negative) text = text.slice(1).trim();
  const parsed = valueAndUnit(text.replace(/\s+/g, ''));
  if (!parsed) return undefined;
  const value = negative ? negate(parsed.value) : parsed.value;
  return {
    figure: { value, secondary, mark: null, estimate },
    unit: parsed.unit,
    bound,
    reduction,
  };
}
