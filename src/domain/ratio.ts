import type { Decimal } from './decimal.ts';
import { tenTo, toScaled } from './decimal.ts';

/**
 * An exact fraction, used for achievement: ② 439/200 stays 439/200 until it is printed,
 * so 219.5% rounds half up to 220% and a grade is decided on the unrounded value.
 */
export interface Ratio {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** a ÷ b, or undefined when b is zero (a maintain target of 0, a zero actual under target ÷ actual). */
export function divide(a: Decimal, b: Decimal): Ratio | undefined {
  const x = toScaled(a);
  const y = toScaled(b);
  if (y.units === 0n) return undefined;
  let numerator = x.units * tenTo(y.scale);
  let denominator = y.units * tenTo(x.scale);
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  return { numerator, denominator };
}

export function ratioOf(numerator: number, denominator: number): Ratio {
  return { numerator: BigInt(numerator), denominator: BigInt(denominator) };
}

export function compareRatios(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Rounds n/d to an integer, halves away from zero (Excel's ROUND, the printed tables' rule). */
export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (2n * n + d) / (2n * d);
  return negative ? -rounded : rounded;
}

export function ratioToNumber(ratio: Ratio): number {
  return Number(ratio.numerator) / Number(ratio.denominator);
}
