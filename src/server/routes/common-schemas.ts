import { z } from 'zod';
import type {
  AccountView,
  ApiErrorBody,
  AuditEntryView,
  MunicipalityView,
  PlanEditResultView,
  PlanSummaryView,
} from '../../domain/api-contract.ts';
import { ROLES } from '../../domain/access.ts';
import type { Decimal } from '../../domain/decimal.ts';
import { decimalBoundsProblem, parseDecimal } from '../../domain/decimal.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import { viewSchema } from './view-schema.ts';

/** A list in a response: the views are readonly, and so is what the schema expects. */
export const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

/** The documented error shape, for every route's error statuses in the OpenAPI document. */
export const errorResponse = viewSchema<ApiErrorBody>()(
  z.object({
    error: z.object({
      code: z.enum([
        'validation',
        'bad_request',
        'not_found',
        'conflict',
        'unauthenticated',
        'forbidden',
        'rate_limited',
        'import',
        'timeout',
        'too_large',
        'unsupported_media_type',
        'unavailable',
        'internal',
      ]),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  }),
);

/** The error statuses any route that needs a session or a right can answer. */
export const refusals = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
  429: errorResponse,
  503: errorResponse,
} as const;

export const municipalityView = viewSchema<MunicipalityView>()(
  z.object({ id: z.number(), code: z.string(), name: z.string() }),
);

export const accountView = viewSchema<AccountView>()(
  z.object({
    id: z.number(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    departments: list(z.string()),
    disabled: z.boolean(),
    municipality: municipalityView,
    version: z.number(),
    passwordTemporary: z.boolean(),
  }),
);

/** 204: no body. */
export const noContent = z.null().describe('No content');

/** A fiscal year as a URL or body gives it: 2023, R5, 令和5年度, FY2023. */
/** Why a dated change was made: kept in the audit log and shown with the change's history. */
export const changeReason = z.string().trim().min(1, 'say why the plan changes').max(500);

export const fiscalYearText = z
  .union([z.string(), z.number()])
  .transform((value, context): FiscalYear => {
    const year = parseFiscalYear(String(value));
    if (year === undefined) {
      context.addIssue({
        code: 'custom',
        message: `not a fiscal year: ${value} (e.g. 2023 or R5)`,
      });
      return z.NEVER;
    }
    return year;
  });

export const planParams = z.object({ planId: z.coerce.number().int().positive() });
export const kpiParams = planParams.extend({ code: z.string().min(1).max(20) });
export const policyParams = planParams.extend({ policyNumber: z.string().min(1).max(10) });
export const themeParams = policyParams.extend({ themeNumber: z.string().min(1).max(10) });
export const yearQuery = z.object({ fy: fiscalYearText.optional() });
/** A view of a year; `drafts=1` (members) counts entries not yet approved too, listed as drafts. */
export const viewQuery = yearQuery.extend({
  drafts: z
    .enum(['0', '1'])
    .optional()
    .transform((value) => value === '1'),
});

export const decimalText = z.string().transform((text, context): Decimal => {
  const value = parseDecimal(text.trim());
  if (value === undefined) {
    context.addIssue({
      code: 'custom',
      message: decimalBoundsProblem(text) ?? 'expected a decimal number such as 8.39',
    });
    return z.NEVER;
  }
  return value;
});

/** Something to change besides the version the editor read. */
export const nonEmpty = (patch: object): boolean =>
  Object.keys(patch).some((key) => key !== 'version');

/** The version of the record the editor read (GET …/tree, GET …/kpis/:code); a stale one is a 409. */
export const recordVersion = z
  .number()
  .int()
  .min(1)
  .describe('the version read; a stale one is refused with 409');

/** A plan with its municipality and the fiscal years the caller may read. */
export const planSummaryView = viewSchema<PlanSummaryView>()(
  z.object({
    id: z.number(),
    name: z.string(),
    municipality: municipalityView,
    startYear: z.number().nullable(),
    endYear: z.number().nullable(),
    fiscalYears: list(z.number()),
    kpiCount: z.number(),
  }),
);

/** What an edit of the plan tree added and changed, one readable line each. */
export const planEditResult = viewSchema<PlanEditResultView>()(
  z.object({
    planId: z.number(),
    added: list(z.string()),
    changed: list(z.string()),
  }),
);

/** One entry of the audit log (GET /api/audit, a KPI's own changes). */
export const auditEntryView = viewSchema<AuditEntryView>()(
  z.object({
    id: z.number(),
    at: z.string(),
    actor: z.string(),
    actorName: z.string().nullable(),
    address: z.string().nullable(),
    action: z.string(),
    planId: z.number().nullable(),
    entity: z.string(),
    kpiCode: z.string().nullable(),
    fiscalYear: z.number().nullable(),
    field: z.string().nullable(),
    oldValue: z.string().nullable(),
    newValue: z.string().nullable(),
  }),
);
