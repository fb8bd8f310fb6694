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

/** Counters and measures the KPI tables of the seed and the development set print. */
const KNOWN_UNITS = new Set(
  (
    '件 人 % 回 m² m³ m km ha t kg kWh 校 施設 箇所 か所 ヶ所 団体 世帯 社 戸 台 本 冊 点 項目 ' +
    '日 時間 年 月 歳 倍 割 組 名 店 事業 地区 路線 棟 ポイント'
  ).split(' '),
);

/**
 * Whether a unit is one the domain knows: a counter or measure, money, a magnitude of one
 * (千人, 万人) or a rate of two (人/日). A CP932 file that lost ⑦'s "²" prints "m?": unknown.
 * @example isKnownUnit('百万円') // true
 * @example isKnownUnit('m?') // false
 */
export function isKnownUnit(unit: string): boolean {
  const known = (u: string) =>
    KNOWN_UNITS.has(u) || isMoneyUnit(u) || KNOWN_UNITS.has(u.replace(/^(千|万|百万|億)/, ''));
  // Per a quantity of the second: 「円/100kg」.
  const [first = '', ...per] = unit.split('/');
  return known(first) && per.every((u) => known(u.replace(/^[\d,]+(?=\D)/, '')));
}

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
