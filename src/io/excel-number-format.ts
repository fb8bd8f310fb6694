import type { Decimal } from '../domain/decimal.ts';
import { decimal, shiftDecimal, toScaled } from '../domain/decimal.ts';
import { roundHalfUp } from '../domain/ratio.ts';

/*
 * A number cell as Excel shows it. Excel keeps a double and displays at most 15 significant
 * digits of it, then applies the cell's number format. ② 439/200 is stored as the double
 * 2.19499999999999984…: shown under `0%` it reads 220% (2.19500000000000 → 219.5 → 220),
 * never 219%. The importer must see that text, so the digits are cut to 15 first and the
 * format is applied in exact decimals from there.
 */

/** The numeric part of one format section: decimals, grouping, percent, literal text. */
interface NumberSection {
  readonly decimals: number;
  readonly grouped: boolean;
  readonly percent: boolean;
  readonly prefix: string;
  readonly suffix: string;
  /** False for a section of text only (`"-"` for zero): it shows its text, not the number. */
  readonly digits: boolean;
}

/** A date, time, text or fraction format: not one this module applies. */
const NOT_A_NUMBER_FORMAT = /[yYmMdDhHsSeE@?/]/;

const LITERAL = 0xe000;
const LITERALS = /[\ue000-\uf8ff]/g;

/** A double as the exact decimal of its 15 significant digits: 0.1 + 0.2 is 0.3. */
export function fifteenDigits(value: number): Decimal {
  const [mantissa = '0', exponent = '0'] = value.toPrecision(15).split('e');
  return shiftDecimal(decimal(mantissa), Number(exponent));
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let at = 0; at < format.length; at += 1) {
    const char = format.charAt(at);
    if (char === '"') quoted = !quoted;
    if (char === '\\' && !quoted) {
      current += char + format.charAt(at + 1);
      at += 1;
    } else if (char === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else current += char;
  }
  return [...sections, current];
}

/** Reads `"▲"#,##0.0`, `0%`, `[Red]-0.00`: undefined for General or a date or text format. */
function parseSection(section: string): NumberSection | undefined {
  const literals: string[] = [];
  const bare = section
    .replace(/\[[^\]]*\]/g, '')
    .replace(/"([^"]*)"|\\(.)|[_*](.)/g, (_match, quoted?: string, escaped?: string) => {
      literals.push(quoted ?? escaped ?? '');
      // One private-use character per literal, so its text never reads as a digit placeholder.
      return String.fromCharCode(LITERAL + literals.length - 1);
    });
  const digits = /[#0,.]*[0#][#0,.]*/.exec(bare);
  const restore = (text: string) =>
    text.replace(LITERALS, (char) => literals[char.charCodeAt(0) - LITERAL] ?? '');
  if (!digits && literals.length > 0 && bare.replace(LITERALS, '').trim() === '') {
    const text = restore(bare);
    return { decimals: 0, grouped: false, percent: false, prefix: text, suffix: '', digits: false };
  }
  if (!digits || NOT_A_NUMBER_FORMAT.test(bare.replace(LITERALS, ''))) return undefined;
  const pattern = digits[0];
  return {
    decimals: /\.([0#]*)/.exec(pattern)?.[1]?.length ?? 0,
    grouped: /[0#],[0#]/.test(pattern),
    percent: bare.includes('%'),
    prefix: restore(bare.slice(0, digits.index)),
    suffix: restore(bare.slice(digits.index + pattern.length)),
    digits: true,
  };
}

/** Rounds half away from zero, as Excel's display does, to a fixed number of decimals. */
function fixed(value: Decimal, decimals: number): string {
  const { units, scale } = toScaled(value);
  const rounded =
    scale <= decimals
      ? units * 10n ** BigInt(decimals - scale)
      : roundHalfUp(units, 10n ** BigInt(scale - decimals));
  const negative = rounded < 0n;
  const digits = (negative ? -rounded : rounded).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  return `${negative ? '-' : ''}${whole}${decimals > 0 ? `.${fraction}` : ''}`;
}

function group(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const grouped = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

function applySection(value: Decimal, section: NumberSection): string {
  if (!section.digits) return section.prefix;
  const shown = section.percent ? shiftDecimal(value, 2) : value;
  const text = fixed(shown, section.decimals);
  return `${section.prefix}${section.grouped ? group(text) : text}${section.suffix}`;
}

/**
 * The text Excel shows for a number under a number format: 15 significant digits, then the
 * format's decimals (rounded half away from zero), thousands separators and percent sign.
 * General, and formats this does not apply (dates, text), give the 15-digit number as it is.
 * A second section is for negative numbers (shown without their minus sign, as `▲#,##0` has
 * it), a third for zero.
 * @example excelNumberText(439 / 200, '0%') // '220%'
 * @example excelNumberText(264000, '#,##0') // '264,000'
 */
export function excelNumberText(value: number, numFmt: string | undefined): string {
  const exact = fifteenDigits(value);
  const sections = splitSections(numFmt ?? '');
  const negative = exact.startsWith('-');
  const zero = toScaled(exact).units === 0n;
  const chosen =
    zero && sections.length > 2
      ? sections[2]
      : negative && sections.length > 1
        ? sections[1]
        : sections[0];
  const section = parseSection(chosen ?? '');
  if (section === undefined) return exact;
  const own = negative && sections.length > 1 ? decimal(exact.slice(1)) : exact;
  return applySection(own, section);
}
