import {
  BASES,
  COUNTINGS,
  DIRECTIONS,
  FORMULAS,
  TARGET_KINDS,
  CUMULATIVE_LABELS,
} from '../../domain/model.ts';
import { OPEN_DATA_LICENSE } from '../../domain/open-data-license.ts';
import { z } from 'zod';

/*
 * The JSON export of a plan (GET …/exports/report?format=json, `mieruka export --format json`),
 * as a zod schema: the exporter's output is checked against it in tests, and its JSON Schema
 * (`z.toJSONSchema`) is served at /api/schemas/plan-export.json for those who reuse the data.
 */

const decimal = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .describe('an exact decimal number as entered, e.g. "8.39" or "-5"');
const westernYear = z.number().int().describe('a fiscal year, western (2023 = R5 = 令和5年度)');

const figure = z.object({
  value: decimal.nullable(),
  secondary: decimal.nullable().describe('the count in brackets: ⑱ "2(1)"'),
  mark: z.string().nullable().describe('a mark standing for no value: "-", "未集計"'),
  estimate: z.boolean().describe('見込: an estimate'),
  text: z.string().describe('as printed: "2(1)", "8.39", "-"'),
});

const yearFigure = z.object({ fiscalYear: westernYear, figure });

const kpi = z.object({
  code: z.string().describe('① … ⑳, then 21 …'),
  title: z.string(),
  note: z.string().nullable(),
  tags: z.array(z.string()).describe('★: shared with the comprehensive plan'),
  departments: z.array(z.string()),
  unit: z.string(),
  counting: z.enum(COUNTINGS),
  direction: z.enum(DIRECTIONS),
  basis: z.enum(BASES),
  formula: z.enum(FORMULAS),
  baseline: z.object({ value: decimal, fiscalYear: westernYear.nullable() }).nullable(),
  target: z
    .object({
      kind: z.enum(TARGET_KINDS),
      value: decimal,
      fiscalYear: westernYear.nullable(),
    })
    .nullable(),
  milestones: z.array(yearFigure),
  actuals: z.array(yearFigure),
  departmentActuals: z.array(z.object({ department: z.string(), actuals: z.array(yearFigure) })),
  cumulativeActuals: z.array(yearFigure),
  cumulativeLabel: z
    .enum(CUMULATIVE_LABELS)
    .describe('the label the cumulative row is printed under: 累計, or 合計 (⑱)'),
  narratives: z.array(
    z.object({ fiscalYear: westernYear, department: z.string().nullable(), text: z.string() }),
  ),
  extras: z.array(z.object({ label: z.string(), text: z.string() })),
  result: z
    .object({
      rate: z.string().nullable().describe('as printed at the plan’s precision: "100.2%"'),
      grade: z.string().nullable(),
    })
    .describe('the rate and grade in the export’s fiscal year'),
});

export const planExportSchema = z
  .object({
    format: z.literal('mieruka-plan-export'),
    version: z.literal(1),
    municipality: z.object({
      code: z
        .string()
        .regex(/^\d{6}$/)
        .describe('the 6-digit local government code'),
      name: z.string(),
    }),
    license: z
      .object({
        name: z.literal(OPEN_DATA_LICENSE.name),
        url: z.literal(OPEN_DATA_LICENSE.url),
        attribution: z.string().describe('how to credit the data when reusing it'),
      })
      .describe('the licence the data is published under (CC BY 4.0)'),
    fiscalYear: westernYear.describe('the year the rates are computed for'),
    fiscalYears: z.array(westernYear).describe('the years with figures the reader may see'),
    plan: z.object({
      name: z.string(),
      startYear: westernYear.nullable(),
      endYear: westernYear.nullable(),
      ratePrecision: z.object({ decimals: z.number().int(), widenNear100: z.boolean() }),
      gradeScale: z.array(
        z.object({
          label: z.string(),
          minPercent: z.number().nullable().describe('the lowest rate (in %) earning it'),
        }),
      ),
      policies: z.array(
        z.object({
          number: z.string(),
          name: z.string(),
          themes: z.array(
            z.object({
              number: z.string(),
              name: z.string(),
              actionItems: z.array(z.string()),
              kpis: z.array(kpi),
            }),
          ),
        }),
      ),
    }),
  })
  .describe('A plan of a Japanese municipality with its KPIs and figures (Mieruka 見える化)');

export type PlanExport = z.infer<typeof planExportSchema>;

/** The JSON Schema of the JSON export (draft 2020-12). */
export function planExportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(planExportSchema, { target: 'draft-2020-12' });
}
