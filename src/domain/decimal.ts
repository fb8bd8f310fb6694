/**
 * An exact decimal number kept as its canonical text ("8.39", "-3", "299963").
 * Figures are stored and compared as entered, never as floats, so that rounding at the
 * edge is exact: ⑯ 8.41 ÷ 8.39 must round from the true quotient, not from 1.00238379…01.
 */
export type Decimal = string & { readonly __brand: 'Decimal' };

/** A decimal as an integer and a power-of-ten scale: 8.39 is { units: 839n, scale: 2 }. */
export interface ScaledInteger {
  readonly units: bigint;
  readonly scale: number;
}

const CANONICAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const MINUS = 45; // '-'
const LOOSE = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** Digits before the point a figure may have, leading zeros aside (兆 of 円 needs 13). */
export const MAX_INTEGER_DIGITS = 20;
/** Digits after the point a figure may have. */
export const MAX_DECIMAL_PLACES = 10;

function parseUnbounded(text: string): Decimal | undefined {
  // Most figures are written as they are kept ("3692", "8.39"): nothing to change.
  if (text.charCodeAt(0) !== MINUS && CANONICAL.test(text)) return text as Decimal;
  const match = LOOSE.exec(text);
  if (!match) return undefined;
  const [, sign = '', whole = '', fraction = ''] = match;
  const body = (whole.replace(/^0+(?=\d)/, '') || '0') + (fraction ? `.${fraction}` : '');
  const zero = /^[0.]+$/.test(body);
  return (sign === '-' && !zero ? `-${body}` : body) as Decimal;
}

/** Whether a decimal fits the bounds every figure entered or imported must keep. */
export function withinDecimalBounds(value: Decimal): boolean {
  // Short enough that neither part can pass its bound: most figures.
  if (value.length <= Math.min(MAX_INTEGER_DIGITS, MAX_DECIMAL_PLACES)) return true;
  const [whole = '', fraction = ''] = value.replace(/^-/, '').split('.');
  return whole.length <= MAX_INTEGER_DIGITS && fraction.length <= MAX_DECIMAL_PLACES;
}

/**
 * Why a number in the text cannot be a figure, when one of its digit runs is past the bounds
 * (an 800,000-digit "baseline"): a message naming the limit; undefined otherwise.
 * @example decimalBoundsProblem('1'.repeat(21)) // 'a number of more than 20 digits before the point (limit 20)'
 */
export function decimalBoundsProblem(text: string): string | undefined {
  for (const [, whole = '', fraction = ''] of text
    .replaceAll(',', '')
    .matchAll(/(\d+)(?:\.(\d+))?/g)) {
    if (whole.replace(/^0+(?=\d)/, '').length > MAX_INTEGER_DIGITS) {
      return `a number of more than ${MAX_INTEGER_DIGITS} digits before the point (limit ${MAX_INTEGER_DIGITS})`;
    }
    if (fraction.length > MAX_DECIMAL_PLACES) {
      return `a number of more than ${MAX_DECIMAL_PLACES} digits after the point (limit ${MAX_DECIMAL_PLACES})`;
    }
  }
  return undefined;
}

/**
 * Parses plain decimal text ("0", "-12.50", "+3"), or undefined, also when it is past the
 * bounds (MAX_INTEGER_DIGITS before the point, MAX_DECIMAL_PLACES after). Leading zeros go;
 * the decimals stay as entered (④'s baseline "34.0" prints as 34.0). Separators, units and
 * full-width digits are the figure parser's job, not this one's.
 * @example parseDecimal('034.50') // '34.50'
 */
export function parseDecimal(text: string): Decimal | undefined {
  const value = parseUnbounded(text);
  return value !== undefined && withinDecimalBounds(value) ? value : undefined;
}

/** Parses decimal text that must be valid, of any length; for constants and tests. */
export function decimal(text: string): Decimal {
  const parsed = parseUnbounded(text);
  if (parsed === undefined) throw new RangeError(`not a decimal: ${text}`);
  return parsed;
}

export function isDecimal(text: string): text is Decimal {
  return CANONICAL.test(text);
}

export function toScaled(value: Decimal): ScaledInteger {
  // BigInt reads the sign: "-0.5" is "-05", -5n at scale 1.
  const point = value.indexOf('.');
  if (point < 0) return { units: integerUnits(value), scale: 0 };
  const units = integerUnits(value.slice(0, point) + value.slice(point + 1));
  return { units, scale: value.length - point - 1 };
}

/**
 * The integer a figure's digits write, as BigInt reads them. Most figures are short: read as a
 * number first, exact below 2^53, which BigInt takes faster than it parses the text (an
 * inference tries several rules on every KPI of a table); an exponent, which BigInt refuses,
 * and longer digits go to BigInt's own reading.
 */
function integerUnits(digits: string): bigint {
  if (digits.length <= 15 && !digits.includes('e') && !digits.includes('E')) {
    const number = Number(digits);
    if (Number.isSafeInteger(number)) return BigInt(number);
  }
  return BigInt(digits);
}

export function fromScaled({ units, scale }: ScaledInteger): Decimal {
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  let fraction = scale > 0 ? digits.slice(digits.length - scale) : '';
  digits = scale > 0 ? digits.slice(0, digits.length - scale) : digits;
  fraction = fraction.replace(/0+$/, '');
  const body = fraction ? `${digits}.${fraction}` : digits;
  return (negative && body !== '0' ? `-${body}` : body) as Decimal;
}

/**
 * Ten to a power, as a BigInt: the powers figures have (a few places) made once, not raised
 * again for every figure compared, divided or printed as a rate.
 */
export function tenTo(places: number): bigint {
  return TEN_TO[places] ?? 10n ** BigInt(places);
}

const TEN_TO: readonly bigint[] = Array.from({ length: 24 }, (_, places) => 10n ** BigInt(places));

function align(a: ScaledInteger, b: ScaledInteger): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * tenTo(scale - a.scale), b.units * tenTo(scale - b.scale), scale];
}

export function addDecimals(...values: readonly Decimal[]): Decimal {
  let total: ScaledInteger = { units: 0n, scale: 0 };
  for (const value of values) {
    const [x, y, scale] = align(total, toScaled(value));
    total = { units: x + y, scale };
  }
  return fromScaled(total);
}

/**
 * A decimal made negative with its digits as entered, as a table marks a decrease
 * (「△8.30」 → -8.30); zero and a negative decimal stay as they are.
 */
export function negativeDecimal(value: Decimal): Decimal {
  return value.startsWith('-') || value === '0' ? value : (`-${value}` as Decimal);
}

export function subtractDecimals(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(toScaled(a), toScaled(b));
  return fromScaled({ units: x - y, scale });
}

/** The exact product of two decimals: multiplyDecimals(85, 1.1) is 93.5. */
export function multiplyDecimals(a: Decimal, b: Decimal): Decimal {
  const x = toScaled(a);
  const y = toScaled(b);
  return fromScaled({ units: x.units * y.units, scale: x.scale + y.scale });
}

/** Multiplies by a power of ten: shiftDecimal(5.49, 8) is 549000000 (億 → 円). */
export function shiftDecimal(value: Decimal, places: number): Decimal {
  const { units, scale } = toScaled(value);
  return places >= scale
    ? fromScaled({ units: units * tenTo(places - scale), scale: 0 })
    : fromScaled({ units, scale: scale - places });
}

export function compareDecimals(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(toScaled(a), toScaled(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(value: Decimal): boolean {
  return toScaled(value).units === 0n;
}

/** The nearest float, for charts and trend lines only; never for a printed figure. */
export function toNumber(value: Decimal): number {
  return Number(value);
}
