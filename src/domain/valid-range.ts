import type { Decimal } from './decimal.ts';
import { toNumber } from './decimal.ts';
import { normalizeUnit } from './unit.ts';

/** The values a KPI's figure can take, by what it measures; null bounds are open. */
export interface ValidRange {
  readonly min: number | null;
  readonly max: number | null;
}

/** Units that count things: a count is never below zero (件, 人, 回 …). */
const COUNT_UNITS = new Set([
  '件',
  '人',
  '回',
  '団体',
  '施設',
  '箇所',
  'か所',
  '校',
  '本',
  '棟',
  '戸',
  '世帯',
  '社',
  '台',
  '冊',
  '地区',
  '事業',
  '名',
]);

/**
 * The range a KPI's figures must lie in (issue 23): a share in % from 0 to 100 (④ 情報発信の満足度
 * 39.5%: a negative satisfaction is a typo), a count (件, 人, 回 …) from 0; other units (億円,
 * m², a change in ▲) are open.
 * @example validRange('%') // { min: 0, max: 100 }
 */
export function validRange(unit: string): ValidRange | null {
  const normalized = normalizeUnit(unit);
  if (normalized === '%') return { min: 0, max: 100 };
  if (COUNT_UNITS.has(normalized)) return { min: 0, max: null };
  return null;
}

/**
 * The range a KPI's figures must lie in: the one it declares, else its unit's.
 * @example kpiRange({ unit: '%', validRange: { min: 0, max: 150 } }) // { min: 0, max: 150 }
 */
export function kpiRange(kpi: {
  readonly unit: string;
  readonly validRange?: ValidRange | null;
}): ValidRange | null {
  return kpi.validRange ?? validRange(kpi.unit);
}

/** Why a declared range cannot be a KPI's, or null: its lowest value above its highest. */
export function rangeProblem(range: ValidRange): string | null {
  return range.min !== null && range.max !== null && range.min > range.max
    ? `the lowest value ${range.min} is above the highest ${range.max}`
    : null;
}

/** Whether a value lies outside a KPI's range. */
export function outsideRange(range: ValidRange | null, value: Decimal): boolean {
  if (range === null) return false;
  const n = toNumber(value);
  return (range.min !== null && n < range.min) || (range.max !== null && n > range.max);
}
