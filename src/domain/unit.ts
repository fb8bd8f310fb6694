import type { Decimal } from './decimal.ts';
import { shiftDecimal } from './decimal.ts';

/**
 * Normalizes a unit as printed: NFKC, spaces dropped, squares and cubes written once.
 * The Yuzawa table prints ⑦'s unit as "m ²"; others print ㎡ or 平方メートル.
 * @example normalizeUnit('m ²') // 'm²'
 */
export function normalizeUnit(text: string): string {
  // A table prints a few units over thousands of cells: each is normalized once (bounded).
  const known = normalized.get(text);
  if (known !== undefined) return known;
  const unit = normalizedUnit(text);
  if (normalized.size >= 1024) normalized.clear();
  normalized.set(text, unit);
  return unit;
}

const normalized = new Map<string, string>();

function normalizedUnit(text: string): string {
  const compact = text.normalize('NFKC').replace(/\s+/g, '');
  if (/^(m2|平方メートル|平米)$/.test(compact)) return 'm²';
  if (/^(m3|立方メートル)$/.test(compact)) return 'm³';
  // Measures written out in katakana (明和町 「キログラム/年」, 「キロワット」): their symbols.
  return compact
    .split('/')
    .map((part) => SYMBOLS[part] ?? part)
    .join('/');
}

/** Measures as some tables spell them, each a whole unit or a whole side of one (「キログラム/年」). */
const SYMBOLS: Record<string, string> = {
  キロワット時: 'kWh',
  キロワットアワー: 'kWh',
  平方キロメートル: 'km²',
  キログラム: 'kg',
  キロワット: 'kW',
  キロメートル: 'km',
  キロリットル: 'kL',
  ヘクタール: 'ha',
  パーセント: '%',
  リットル: 'L',
  メートル: 'm',
  トン: 't',
};

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
    '件 人 % 回 m² m³ m km km² ha t kg kWh kW MW L kL 校 施設 箇所 か所 ヶ所 団体 世帯 社 戸 台 本 冊 点 ' +
    '項目 日 時間 分 年 月 歳 倍 割 組 名 店 事業 地区 路線 棟 ポイント 基 頭 羽 個 枚 種 品目 講座 教室 園 館 ' +
    '軒 区画 隻 床 泊 人泊 人日 企業 法人 経営体 集落 学級 団地 会場 農家'
  ).split(' '),
);

/**
 * Whether a unit as read looks damaged by an encoding: a "?" or "？" where a character was lost
 * (⑦'s "m ²" saved in CP932 as "m ?"), or U+FFFD. A unit the list below does not know is
 * otherwise taken as printed: municipalities count in more units than any list holds.
 */
export function looksDamagedUnit(unit: string): boolean {
  return /[?？\uFFFD]/.test(unit);
}

/**
 * Whether a unit is one the domain knows: a counter or measure, money, a magnitude of one
 * (千人, 万人) or a rate of two (人/日). A CP932 file that lost ⑦'s "²" prints "m?": unknown.
 * @example isKnownUnit('百万円') // true
 * @example isKnownUnit('m?') // false
 */
export function isKnownUnit(unit: string): boolean {
  const known = (u: string) => scaleOf(u) !== null;
  // Per a quantity of the second: 「円/100kg」.
  const [first = '', ...per] = unit.split('/');
  return known(first) && per.every((u) => known(u.replace(/^[\d,]+(?=\D)/, '')));
}

const MAGNITUDES: Record<string, number> = { 千: 3, 万: 4, 百万: 6, 千万: 7, 億: 8 };
const MAGNITUDE = /^(千万|百万|千|万|億)(.+)$/;

/**
 * A unit as a counter or measure the domain knows and the power of ten it counts in: 万人 is
 * 人 × 10⁴, 百万円 is 円 × 10⁶; null for a unit with no such reading (%, 人/日, 千葉).
 */
function scaleOf(unit: string): { base: string; power: number } | null {
  const money = MONEY_POWERS[unit];
  if (money !== undefined) return { base: '円', power: money };
  if (KNOWN_UNITS.has(unit)) return { base: unit, power: 0 };
  const m = MAGNITUDE.exec(unit);
  const power = m ? MAGNITUDES[m[1] ?? ''] : undefined;
  return m && power !== undefined && KNOWN_UNITS.has(m[2] ?? '')
    ? { base: m[2] ?? '', power }
    : null;
}

/**
 * A unit's scale where it is a rate: the counter before the 「/」 scaled, what it is per kept
 * whole (小諸市 地域公共交通 計画 「延 10万人/年」 beside 実績 「84,067人/年」: 万人/年 is 人/年 × 10⁴).
 */
function rateScaleOf(unit: string): { base: string; power: number } | null {
  const slash = unit.indexOf('/');
  if (slash < 0) return scaleOf(unit);
  const counter = scaleOf(unit.slice(0, slash));
  return counter === null ? null : { base: counter.base + unit.slice(slash), power: counter.power };
}

/**
 * Converts an amount between two scales of one unit: 3,297 百万円 is 32.97 億円, 95.9 万人 is
 * 959,000 人, 10 万人/年 is 100,000 人/年. A magnitude alone, no unit after it, is one of any
 * unit (大阪府 高齢者計画の検証 「33万3811」 in a table of 人, 「1590万886」 of 一年あたりの回数):
 * 33.3811 万 is 333,811 人. Undefined when the units are not one unit at two scales, or the
 * other is a percentage.
 */
export function convertScale(value: Decimal, from: string, to: string): Decimal | undefined {
  const bare = MAGNITUDES[from];
  if (bare !== undefined) {
    const other = rateScaleOf(to);
    if (to === '%' || other?.base === '%') return undefined;
    return shiftDecimal(value, bare - (other?.power ?? MAGNITUDES[to] ?? 0));
  }
  const a = rateScaleOf(from);
  const b = rateScaleOf(to);
  if (a === null || b === null || a.base !== b.base || a.base === '%') return undefined;
  return shiftDecimal(value, a.power - b.power);
}
