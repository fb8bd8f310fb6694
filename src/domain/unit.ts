import type { Decimal } from './decimal.ts';
import { shiftDecimal } from './decimal.ts';

/**
 * Normalizes a unit as printed: NFKC, spaces dropped, squares and cubes written once.
 * The Yuzawa table prints ⑦'s unit as "m ²"; others print ㎡ or 平方メートル.
 * @example normalizeUnit('m ²') // 'm²'
 */
export function normalizeUnit(text: string): string {
  const compact = text.normalize('NFKC').replace(/\s+/g, '');
  if (/^(m2|平方メートル|平米)$/.test(compact)) return 'm²';
  if (/^(m3|立方メートル)$/.test(compact)) return 'm³';
  return compact;
}

const MONEY_POWERS: Record<string, number> = {
  円: 0,
  千円: 3,
  万円: 4,
  百万円: 6,
  千万円: 7,
  億円: 8,
};

/** Whether two units are both money, so that one converts into the other. */
export function isMoneyUnit(unit: string): boolean {
  return unit in MONEY_POWERS;
}

/**
 * Converts an amount between money units: 3,297 百万円 is 32.97 億円.
 * Undefined when either unit is not money.
 */
export function convertMoney(value: Decimal, from: string, to: string): Decimal | undefined {
  const a = MONEY_POWERS[from];
  const b = MONEY_POWERS[to];
  if (a === undefined || b === undefined) return undefined;
  return shiftDecimal(value, a - b);
}
