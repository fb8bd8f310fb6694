import { z } from 'zod';
import type { Decimal } from '../domain/decimal.ts';
import { isDecimal } from '../domain/decimal.ts';
import type { Figure } from '../domain/figure.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { fiscalYear } from '../domain/fiscal-year.ts';
import type { GradeScale } from '../domain/grade-scale.ts';
import type { ExtraField } from '../domain/model.ts';
import type { RatePrecision } from '../domain/rate-format.ts';

/*
 * Domain values ⇄ column values. Decimals are TEXT as entered ("34.0" stays "34.0"); JSON
 * columns are read back through a schema, so a hand-edited row fails loudly, not later.
 */

export function toDecimal(text: string): Decimal {
  if (!isDecimal(text)) throw new TypeError(`stored value is not a decimal: ${text}`);
  return text;
}

export const toDecimalOrNull = (text: string | null): Decimal | null =>
  text === null ? null : toDecimal(text);

export const toYearOrNull = (year: number | null): FiscalYear | null =>
  year === null ? null : fiscalYear(year);

export interface FigureColumns {
  value: string | null;
  secondary: string | null;
  mark: string | null;
  estimate: number;
}

export function figureColumns(figure: Figure): FigureColumns {
  return {
    value: figure.value,
    secondary: figure.secondary,
    mark: figure.mark,
    estimate: figure.estimate ? 1 : 0,
  };
}

export function figureFromColumns(row: FigureColumns): Figure {
  return {
    value: toDecimalOrNull(row.value),
    secondary: toDecimalOrNull(row.secondary),
    mark: row.mark,
    estimate: row.estimate === 1,
  };
}

const stringList = z.array(z.string());

export const encodeList = (items: readonly string[]): string => JSON.stringify(items);
export const decodeList = (text: string): string[] => stringList.parse(JSON.parse(text));

const extraFields = z.array(z.object({ label: z.string(), text: z.string() }));

export const encodeExtras = (extras: readonly ExtraField[]): string =>
  JSON.stringify(extras.map(({ label, text }) => ({ label, text })));
export const decodeExtras = (text: string): ExtraField[] => extraFields.parse(JSON.parse(text));

const ratePrecision = z.object({
  decimals: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  widenNear100: z.boolean(),
});

export const encodeRatePrecision = (precision: RatePrecision): string =>
  JSON.stringify({ decimals: precision.decimals, widenNear100: precision.widenNear100 });
export const decodeRatePrecision = (text: string): RatePrecision =>
  ratePrecision.parse(JSON.parse(text));

const integerText = z
  .string()
  .regex(/^-?\d+$/)
  .transform((digits) => BigInt(digits));
const gradeScale = z.object({
  grades: z.array(
    z.object({
      label: z.string(),
      min: z.object({ numerator: integerText, denominator: integerText }).nullable(),
    }),
  ),
});

/** Ratios are bigints: stored as decimal strings of their numerator and denominator. */
export function encodeGradeScale(scale: GradeScale): string {
  return JSON.stringify({
    grades: scale.grades.map(({ label, min }) => ({
      label,
      min: min && { numerator: String(min.numerator), denominator: String(min.denominator) },
    })),
  });
}

export const decodeGradeScale = (text: string): GradeScale => gradeScale.parse(JSON.parse(text));
