import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { Evaluation, EvaluationLevel, EvaluationScheme } from '../domain/evaluation.ts';
import {
  DEFAULT_EVALUATION_SCHEME,
  DIRECTION_NAMES,
  EVALUATION_LEVELS,
} from '../domain/evaluation.ts';
import type { FutureDirection } from '../domain/evaluation.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { fiscalYear } from '../domain/fiscal-year.ts';
import { bumpRevisionOfKpi } from './plan-revision.ts';
import type { Database, EvaluationsTable } from './tables.ts';
import { writeAtVersion } from './versioned-write.ts';

/** A KPI's evaluations as stored, each with its year. */
export interface StoredEvaluation extends Evaluation {
  readonly fiscalYear: FiscalYear;
}

/** A row of `evaluations` as the domain reads it. */
function storedEvaluation(row: Selectable<EvaluationsTable>): StoredEvaluation {
  return {
    fiscalYear: fiscalYear(row.fiscal_year),
    level: row.level,
    grade: row.grade,
    text: row.text,
    direction: row.direction,
    author: row.author,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** Every level written of a KPI, every year or one. */
export async function listEvaluations(
  db: Kysely<Database>,
  kpiId: number,
  year?: FiscalYear,
): Promise<StoredEvaluation[]> {
  let query = db
    .selectFrom('evaluations')
    .selectAll()
    .where('kpi_id', '=', kpiId)
    .orderBy('fiscal_year')
    .orderBy('id');
  if (year !== undefined) query = query.where('fiscal_year', '=', year);
  return (await query.execute()).map(storedEvaluation);
}

/** Every level written of a plan's KPIs in a year, each with its KPI's code. */
export async function listPlanEvaluations(
  db: Kysely<Database>,
  planId: number,
  year: FiscalYear,
): Promise<(StoredEvaluation & { readonly code: string })[]> {
  const rows = await db
    .selectFrom('evaluations')
    .innerJoin('kpis', 'kpis.id', 'evaluations.kpi_id')
    .selectAll('evaluations')
    .select('kpis.code')
    .where('kpis.plan_id', '=', planId)
    .where('evaluations.fiscal_year', '=', year)
    .orderBy('evaluations.id')
    .execute();
  return rows.map((row) => ({ code: row.code, ...storedEvaluation(row) }));
}

/**
 * Each KPI's self-evaluation of a year, keyed by its code, with the KPI's first (主担当)
 * department, whose entry carries it.
 */
export async function listSelfEvaluations(
  db: Kysely<Database>,
  planId: number,
  year: FiscalYear,
): Promise<Map<string, { lead: string | null; grade: string; text: string }>> {
  const rows = await db
    .selectFrom('evaluations')
    .innerJoin('kpis', 'kpis.id', 'evaluations.kpi_id')
    .select(['kpis.code', 'evaluations.grade', 'evaluations.text'])
    .select((eb) =>
      eb
        .selectFrom('kpi_departments')
        .innerJoin('departments', 'departments.id', 'kpi_departments.department_id')
        .select('departments.name')
        .whereRef('kpi_departments.kpi_id', '=', 'kpis.id')
        .orderBy('kpi_departments.sort_order')
        .limit(1)
        .as('lead'),
    )
    .where('kpis.plan_id', '=', planId)
    .where('evaluations.fiscal_year', '=', year)
    .where('evaluations.level', '=', 'self')
    .execute();
  return new Map(rows.map((r) => [r.code, { lead: r.lead, grade: r.grade, text: r.text }]));
}

/** One level written, as a writer names it. */
export interface EvaluationEdit {
  readonly kpiId: number;
  readonly fiscalYear: FiscalYear;
  readonly level: EvaluationLevel;
  readonly grade: string;
  readonly text: string;
  readonly direction: FutureDirection | null;
  /** Who writes it, as the audit log names them. */
  readonly author: string;
  /** The version the writer read; 0 when the level was not written yet. */
  readonly expectedVersion: number;
  readonly now: string;
}

/** How a level reads in the audit log: "B: 遅れが見られる", "B（見直し）: 計画を見直す". */
export const evaluationText = (e: {
  grade: string;
  text: string;
  direction: FutureDirection | null;
}) => `${e.grade}${e.direction === null ? '' : `（${DIRECTION_NAMES[e.direction]}）`}: ${e.text}`;

/**
 * Writes one level of a KPI's evaluation of a year under the version rule of every record
 * (versioned-write.ts): a ConflictError, and nothing changed, on a stale version. Calls
 * `beforeRevision` with the level as it read before (null: not written), then bumps the plan's
 * revision, as a figure's save does.
 */
export async function saveEvaluation(
  trx: Kysely<Database>,
  edit: EvaluationEdit,
  beforeRevision: (before: string | null) => Promise<void>,
): Promise<StoredEvaluation> {
  let found:
    | {
        id: number;
        version: number;
        grade: string;
        text: string;
        direction: FutureDirection | null;
      }
    | undefined;
  const findStored = () =>
    trx
      .selectFrom('evaluations')
      .select(['id', 'version', 'grade', 'text', 'direction'])
      .where('kpi_id', '=', edit.kpiId)
      .where('fiscal_year', '=', edit.fiscalYear)
      .where('level', '=', edit.level)
      .executeTakeFirst();
  const content = { grade: edit.grade, text: edit.text, direction: edit.direction };
  await writeAtVersion(
    `the ${edit.level} evaluation of KPI ${edit.kpiId} in ${edit.fiscalYear}`,
    edit.expectedVersion,
    {
      current: async () => {
        found = await findStored();
        return found;
      },
      insert: async () => {
        const row = await trx
          .insertInto('evaluations')
          .values({
            kpi_id: edit.kpiId,
            fiscal_year: edit.fiscalYear,
            level: edit.level,
            ...content,
            author: edit.author,
            version: 1,
            updated_at: edit.now,
          })
          .onConflict((oc) => oc.doNothing())
          .returning('id')
          .executeTakeFirst();
        return row?.id;
      },
      update: async () => {
        if (found === undefined) return false;
        const result = await trx
          .updateTable('evaluations')
          .set({
            ...content,
            author: edit.author,
            version: found.version + 1,
            updated_at: edit.now,
          })
          .where('id', '=', found.id)
          .where('version', '=', found.version)
          .executeTakeFirst();
        return result.numUpdatedRows === 1n;
      },
    },
  );
  await beforeRevision(found === undefined ? null : evaluationText(found));
  await bumpRevisionOfKpi(trx, edit.kpiId);
  return {
    fiscalYear: edit.fiscalYear,
    level: edit.level,
    ...content,
    author: edit.author,
    updatedAt: edit.now,
    version: edit.expectedVersion + 1,
  };
}

const schemeJson = z.object({
  levels: z.array(z.enum(EVALUATION_LEVELS)),
  grades: z.array(z.object({ label: z.string(), meaning: z.string(), special: z.boolean() })),
  published: z.array(z.enum(EVALUATION_LEVELS)),
});

/** Reads a stored scheme (JSON); throws on one no version of Mieruka wrote. */
export function decodeEvaluationScheme(json: string): EvaluationScheme {
  return schemeJson.parse(JSON.parse(json));
}

/** A plan's evaluation scheme and its version (0 with the default, never edited). */
export async function findEvaluationScheme(
  db: Kysely<Database>,
  planId: number,
): Promise<{ scheme: EvaluationScheme; version: number }> {
  const row = await db
    .selectFrom('evaluation_schemes')
    .select(['scheme', 'version'])
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return row === undefined
    ? { scheme: DEFAULT_EVALUATION_SCHEME, version: 0 }
    : { scheme: decodeEvaluationScheme(row.scheme), version: row.version };
}

/** Writes a plan's scheme at the version read (0: still the default); ConflictError if stale. */
export async function saveEvaluationScheme(
  trx: Kysely<Database>,
  edit: {
    readonly planId: number;
    readonly scheme: EvaluationScheme;
    readonly expectedVersion: number;
    readonly by: string;
    readonly now: string;
  },
): Promise<number> {
  const scheme = JSON.stringify(edit.scheme);
  let found: { version: number } | undefined;
  await writeAtVersion(`the evaluation scheme of plan ${edit.planId}`, edit.expectedVersion, {
    current: async () => {
      found = await trx
        .selectFrom('evaluation_schemes')
        .select('version')
        .where('plan_id', '=', edit.planId)
        .executeTakeFirst();
      return found && { id: edit.planId, version: found.version };
    },
    insert: async () => {
      const row = await trx
        .insertInto('evaluation_schemes')
        .values({
          plan_id: edit.planId,
          scheme,
          version: 1,
          updated_by: edit.by,
          updated_at: edit.now,
        })
        .onConflict((oc) => oc.doNothing())
        .returning('plan_id')
        .executeTakeFirst();
      return row?.plan_id;
    },
    update: async () => {
      if (found === undefined) return false;
      const result = await trx
        .updateTable('evaluation_schemes')
        .set({ scheme, version: found.version + 1, updated_by: edit.by, updated_at: edit.now })
        .where('plan_id', '=', edit.planId)
        .where('version', '=', found.version)
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },
  });
  return edit.expectedVersion + 1;
}
