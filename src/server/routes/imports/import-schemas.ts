import { CHANGE_CLASSES } from '../../../domain/change-grade.ts';
import { z } from 'zod';
import type { ImportPreviewView, ImportResultView } from '../../../domain/api-contract.ts';
import { COLUMN_ROLE_NAMES } from '../../../domain/column-role-name.ts';
import { ROW_KIND_NAMES } from '../../../domain/row-kind-name.ts';
import { GRADE_SCALE_SOURCES } from '../../../domain/grade-scale-source.ts';
import { IMPORT_PROBLEM_KINDS } from '../../../domain/import-problem-kind.ts';
import { list } from '../common-schemas.ts';
import { viewSchema } from '../view-schema.ts';

/** A role set by hand for one column, 1-based. */
const columnRole = z.object({
  column: z.number().int().min(1).max(1000),
  role: z.enum(COLUMN_ROLE_NAMES),
});

/** What an import did: the plan, the year, and one line per addition, change and overwrite. */
export const importResultView = viewSchema<ImportResultView>()(
  z.object({
    planId: z.number(),
    planName: z.string(),
    fiscalYear: z.number(),
    kpis: z.number(),
    added: list(z.string()),
    changed: list(z.string()),
    overwritten: list(z.string()),
    acceptedProblems: list(z.string()),
    mappingSaved: z.boolean(),
    mappingApplied: z
      .object({ savedAt: z.string(), savedBy: z.string(), columnRoles: list(columnRole) })
      .nullable(),
  }),
);

/** The `columnRoles` multipart field once parsed from JSON: roles set by hand, each column once. */
export const columnRolesField = z
  .array(columnRole)
  .max(1000)
  .refine(
    (roles) => new Set(roles.map((r) => r.column)).size === roles.length,
    'a column is given twice',
  );

const nullableText = z.string().nullable();

/** How an uploaded table was read (POST /api/imports/preview). */
export const importPreviewView = viewSchema<ImportPreviewView>()(
  z.object({
    file: z.string(),
    planName: z.string(),
    fiscalYear: z
      .object({
        year: z.number(),
        source: z.enum(['option', 'header', 'title', 'inferred']),
        column: z.number().nullable(),
        because: z.string(),
      })
      .nullable(),
    headerRows: list(z.number()),
    sheets: z.object({ read: z.string(), others: list(z.string()) }).nullable(),
    planTable: z.boolean(),
    gradeScale: z.object({ labels: list(z.string()), cuts: list(z.number()) }),
    gradeScaleSource: z.enum(GRADE_SCALE_SOURCES),
    changeGrades: z
      .object({
        grades: list(z.object({ label: z.string(), change: z.enum(CHANGE_CLASSES) })),
        unchangedWithin: z.number(),
      })
      .nullable(),
    columns: list(
      z.object({
        column: z.number(),
        label: z.string(),
        role: z.enum(COLUMN_ROLE_NAMES),
        fiscalYear: z.number().nullable(),
        because: z.string(),
        unit: nullableText,
        setByHand: z.boolean(),
      }),
    ),
    rows: list(
      z.object({
        row: z.number(),
        kind: z.enum(ROW_KIND_NAMES),
        kpi: nullableText,
        note: nullableText,
      }),
    ),
    kpis: list(
      z.object({
        code: z.string(),
        title: z.string(),
        row: z.number(),
        printed: nullableText,
        computed: nullableText,
        match: z.boolean().nullable(),
        reason: nullableText,
        rule: nullableText,
        printedGrade: nullableText,
        grade: nullableText,
        yearRates: list(
          z.object({
            year: z.string(),
            printed: z.string(),
            computed: nullableText,
            match: z.boolean(),
          }),
        ),
        yearOnYear: list(
          z.object({
            column: z.string(),
            label: z.string(),
            printed: z.string(),
            computed: nullableText,
            match: z.boolean(),
          }),
        ),
      }),
    ),
    unplaced: list(
      z.object({ row: z.number(), column: z.number(), text: z.string(), reason: z.string() }),
    ),
    problems: list(
      z.object({
        kind: z.enum(IMPORT_PROBLEM_KINDS),
        row: z.number(),
        column: z.number(),
        message: z.string(),
      }),
    ),
    mapping: z.object({ saved: z.boolean(), savedAt: nullableText, savedBy: nullableText }),
  }),
);

/** `?acceptProblems=true`: import a file whose reading raised problems, as read. */
export const importQuery = z.object({
  acceptProblems: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .describe(
      'Import even when the reading raised problems (a unit that differs, a missing baseline, a KPI given twice); without it such a file is refused with 400, naming the first problem’s row and column',
    ),
});
