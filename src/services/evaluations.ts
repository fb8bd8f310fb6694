import { bumpPlanRevision } from '../db/plan-revision.ts';
import type { Kysely } from 'kysely';
import { accountNamesByEmail } from '../db/account-repository.ts';
import {
  evaluationText,
  findEvaluationScheme,
  listEvaluations,
  saveEvaluation,
  saveEvaluationScheme,
} from '../db/evaluation-repository.ts';
import { findPlanWithKpi } from '../db/plan-repository.ts';
import { findRoundAndEntryOfSlot } from '../db/round-repository.ts';
import { ownerOf } from './round-entry-save.ts';
import type { Database } from '../db/tables.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import type { Actor } from '../domain/access.ts';
import { actorLabel, decideEvaluation, readsRecord, seesEmails } from '../domain/access.ts';
import type { EvaluationSchemeView, EvaluationView } from '../domain/api-contract.ts';
import type { EvaluationLevel, EvaluationScheme, FutureDirection } from '../domain/evaluation.ts';
import {
  EVALUATION_LEVELS,
  evaluationProblem,
  schemeProblem,
  visibleEvaluations,
} from '../domain/evaluation.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import type { PlanReading } from './access.ts';
import { requireEvaluation, requirePlanChange, requirePlanRead } from './access.ts';
import { audit } from './audit.ts';
import { presentEvaluation } from './presenters/evaluation-presenter.ts';
import type { Store } from './database-handle.ts';
import { admitEntrySave } from './round-entry-save.ts';
import { ValidationError } from './service-errors.ts';

/** One level written through the API or the command line. */
export interface EvaluationInput {
  readonly planId: number;
  readonly code: string;
  readonly fiscalYear: FiscalYear;
  readonly level: EvaluationLevel;
  readonly grade: string;
  readonly text: string;
  readonly direction: FutureDirection | null;
  /** The version read; 0 for a level not written yet. */
  readonly expectedVersion: number;
}

/**
 * Writes one level of a KPI's evaluation of a year (PUT …/evaluations/:fy), in one
 * transaction with its audit entry: the access check (decideEvaluation), the plan's scheme
 * (a level it uses, a grade of its scale), for the self-evaluation the round's rules as for a
 * figure (an open round, or an entry reopened; the KPI's entry goes back to draft), then the
 * versioned write (409 on a stale version).
 */
export async function writeEvaluation(
  store: Store,
  input: EvaluationInput,
  actor: Actor,
  now: Date,
): Promise<EvaluationView> {
  const text = input.text.trim();
  return writeTransaction(store, async (trx) => {
    const place = await requireEvaluation(trx, actor, input, { lockPlanOn: store.kind });
    const { scheme } = await findEvaluationScheme(trx, place.plan.id);
    const problem = evaluationProblem(scheme, { ...input, text });
    if (problem) throw new ValidationError(problem.field, problem.message);
    if (input.level === 'self') {
      await admitEntrySave(trx, actor, { ...input, ...place, department: null }, now);
    }
    const saved = await saveEvaluation(
      trx,
      {
        kpiId: place.kpiId,
        fiscalYear: input.fiscalYear,
        level: input.level,
        grade: input.grade,
        text,
        direction: input.direction,
        author: actorLabel(actor),
        expectedVersion: input.expectedVersion,
        now: now.toISOString(),
      },
      (before) =>
        audit(
          trx,
          actor,
          [
            {
              action: 'evaluation.write',
              entity: 'evaluation',
              municipalityId: place.plan.municipalityId,
              planId: place.plan.id,
              kpiCode: input.code,
              fiscalYear: input.fiscalYear,
              field: input.level,
              oldValue: before,
              newValue: evaluationText({ grade: input.grade, text, direction: input.direction }),
            },
          ],
          now,
        ),
    );
    return presentEvaluation(saved, actor.kind === 'account' ? actor.name : actorLabel(actor));
  });
}

/** A KPI's evaluations of a year as the reader may read them, with the scheme and its rights. */
export interface KpiEvaluations {
  readonly evaluations: EvaluationView[];
  readonly evaluationScheme: EvaluationSchemeView;
  readonly evaluationRights: EvaluationLevel[];
}

/**
 * The year's levels a reader sees (GET …/kpis/:code): members every level the plan uses, but
 * the self-evaluation of an entry still in the department's hands only where they read its
 * drafts (a committee member reads it once submitted); visitors the published levels of a
 * published year. Authors by name (an admin reads the address of one with no account).
 */
export async function kpiEvaluations(
  db: Kysely<Database>,
  actor: Actor,
  reading: PlanReading,
  code: string,
  year: FiscalYear,
): Promise<KpiEvaluations> {
  const { plan } = reading;
  const { scheme, version } = await findEvaluationScheme(db, plan.id);
  const found = await findPlanWithKpi(db, plan.id, code);
  const kpi = found?.kpi;
  const evaluationScheme = { ...scheme, version };
  if (kpi === undefined) return { evaluations: [], evaluationScheme, evaluationRights: [] };
  const departments = kpi.departments.map((d) => d.name);
  const evaluationRights = EVALUATION_LEVELS.filter(
    (level) =>
      scheme.levels.includes(level) &&
      actor.kind === 'account' &&
      decideEvaluation(actor, plan.municipalityId, departments, level) === 'allowed',
  );
  const published = reading.years === null || reading.years.has(year);
  if (!published) return { evaluations: [], evaluationScheme, evaluationRights };
  const stored = await listEvaluations(db, kpi.id, year);
  let shown = visibleEvaluations(scheme, stored, reading.member ? 'member' : 'public');
  if (reading.member && !(await readsSelfLevel(db, actor, reading, kpi, year))) {
    shown = shown.filter((e) => e.level !== 'self');
  }
  if (!reading.member) {
    return {
      evaluations: shown.map((e) => presentEvaluation({ ...e, fiscalYear: year }, null)),
      evaluationScheme,
      evaluationRights,
    };
  }
  const names = await accountNamesByEmail(
    db,
    plan.municipalityId,
    shown.map((e) => e.author),
  );
  const emails = seesEmails(actor);
  return {
    evaluations: shown.map((e) =>
      presentEvaluation(
        { ...e, fiscalYear: year },
        names.get(e.author) ?? (emails ? e.author : null),
      ),
    ),
    evaluationScheme,
    evaluationRights,
  };
}

/** Whether the reader reads the year's self-evaluation: as the KPI's own entry (its state). */
async function readsSelfLevel(
  db: Kysely<Database>,
  actor: Actor,
  reading: PlanReading,
  kpi: { id: number; departments: readonly { name: string; id: number }[] },
  year: FiscalYear,
): Promise<boolean> {
  const owner = ownerOf(
    {
      departments: kpi.departments.map((d) => d.name),
      departmentIds: new Map(kpi.departments.map((d) => [d.name, d.id])),
    },
    null,
  );
  const found = await findRoundAndEntryOfSlot(db, reading.plan.id, year, {
    kpiId: kpi.id,
    owner,
  });
  const entry = found?.entry;
  return (
    entry === undefined ||
    entry.state === 'approved' ||
    readsRecord(actor, { department: entry.department, state: entry.state })
  );
}

/** A plan's evaluation scheme as anyone who reads the plan reads it (version 0: the default). */
export async function getEvaluationScheme(
  db: Kysely<Database>,
  actor: Actor,
  planId: number,
): Promise<EvaluationSchemeView> {
  const reading = await requirePlanRead(db, actor, planId);
  const { scheme, version } = await findEvaluationScheme(db, reading.plan.id);
  return { ...scheme, version };
}

/**
 * An admin sets the plan's levels, grades (labels, meanings, codes) and published levels, at
 * the version read (0 while the default), audited with the scheme before and after.
 */
export async function changeEvaluationScheme(
  store: Store,
  input: { planId: number; scheme: EvaluationScheme; expectedVersion: number },
  actor: Actor,
  now: Date,
): Promise<EvaluationSchemeView> {
  const scheme: EvaluationScheme = {
    levels: EVALUATION_LEVELS.filter((l) => input.scheme.levels.includes(l)),
    grades: input.scheme.grades.map((g) => ({
      ...g,
      label: g.label.trim(),
      meaning: g.meaning.trim(),
    })),
    published: EVALUATION_LEVELS.filter((l) => input.scheme.published.includes(l)),
  };
  const problem = schemeProblem({ ...scheme, levels: input.scheme.levels });
  if (problem) throw new ValidationError(problem.field, problem.message);
  return writeTransaction(store, async (trx) => {
    const plan = await requirePlanChange(trx, actor, input.planId);
    const before = await findEvaluationScheme(trx, plan.id);
    const version = await saveEvaluationScheme(trx, {
      planId: plan.id,
      scheme,
      expectedVersion: input.expectedVersion,
      by: actorLabel(actor),
      now: now.toISOString(),
    });
    // Which levels are published shows in the report and the visitors' files: caches follow.
    await bumpPlanRevision(trx, plan.id);
    await audit(
      trx,
      actor,
      [
        {
          action: 'plan.change',
          entity: 'plan',
          municipalityId: plan.municipalityId,
          planId: plan.id,
          field: 'evaluation scheme',
          oldValue: JSON.stringify(before.scheme),
          newValue: JSON.stringify(scheme),
        },
      ],
      now,
    );
    return { ...scheme, version };
  });
}
