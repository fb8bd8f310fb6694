import { listKpiChanges } from '../db/kpi-change-repository.ts';
import { outOfForce } from '../domain/kpi-life.ts';
import type { Kysely } from 'kysely';
import { DuplicateError, NotFoundError } from '../db/errors.ts';
import { findKpiId } from '../db/plan-repository.ts';
import { lockPlan } from '../db/plan-lock.ts';
import type { PlanSummary } from '../db/records.ts';
import {
  addEntryComment,
  closeRoundRow,
  findRound,
  insertRound,
  listEntries,
  setEntryState,
  setSlotRecordStates,
} from '../db/round-repository.ts';
import type { ApprovedChange } from '../db/round-repository.ts';
import { addPublicationEvents, isPublished } from '../db/publication-repository.ts';
import type { Database } from '../db/tables.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import type { Actor } from '../domain/access.ts';
import { actorLabel } from '../domain/access.ts';
import type { EntryAction } from '../domain/entry-state.ts';
import { entryMove } from '../domain/entry-state.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import type { Round, RoundEntry } from '../domain/round.ts';
import { parseDueDate } from '../domain/round.ts';
import { DEFAULT_PUBLIC_URL } from '../config.ts';
import { requireEntry, requirePlanChange } from './access.ts';
import { audit } from './audit.ts';
import type { Store } from './database-handle.ts';
import { EntryStateError } from './round-errors.ts';
import { requireSubmittable } from './submission-check.ts';
import { entryKpi } from './entry-kpi.ts';
import type { EntryTexts } from '../domain/entry-review.ts';
import { storedEntryTexts } from '../domain/entry-review.ts';
import { queueRoundMessages } from './round-messages.ts';
import { queueEntryNotices } from './entry-notices.ts';
import { listEditors } from '../db/outbox-repository.ts';
import type { RoundCompleteness } from '../domain/round-completeness.ts';
import { roundCompleteness } from '../domain/round-completeness.ts';
import { ValidationError } from './service-errors.ts';

export async function requireRound(
  db: Kysely<Database>,
  planId: number,
  year: FiscalYear,
): Promise<Round> {
  const round = await findRound(db, planId, year);
  if (!round) throw new NotFoundError('round', `${formatFiscalYear(year)} of plan ${planId}`);
  return round;
}

/**
 * Opens the collection round of a plan's fiscal year: every KPI × responsible department
 * becomes an entry to fill by the due date. Admins (and the command line) only; one round
 * per plan and year.
 */
export async function openRound(
  store: Store,
  input: {
    planId: number;
    fiscalYear: FiscalYear;
    dueDate: string;
    /** Where the links in the opening e-mails point (MIERUKA_PUBLIC_URL). */
    publicUrl?: string;
  },
  actor: Actor,
  now: Date,
): Promise<{ round: Round; entries: number; departmentsWithoutEditor: string[] }> {
  const dueDate = parseDueDate(input.dueDate);
  if (dueDate === undefined) {
    throw new ValidationError('due', `not a date: ${input.dueDate} (e.g. 2025-05-31)`);
  }
  return writeTransaction(
    store,
    async (trx) => {
      const plan = await requirePlanChange(trx, actor, input.planId);
      await lockPlan(trx, store.kind, plan.id);
      if (await findRound(trx, plan.id, input.fiscalYear)) {
        throw new DuplicateError(
          'fy',
          `a round for ${formatFiscalYear(input.fiscalYear)} of this plan was opened already`,
        );
      }
      const opened = await insertRound(trx, {
        planId: plan.id,
        fiscalYear: input.fiscalYear,
        dueDate,
        by: actorLabel(actor),
        at: now.toISOString(),
        // A KPI retired before the year, or added after it, owes nothing that year (issue 20).
        outOfForce: outOfForce(await listKpiChanges(trx, plan.id), input.fiscalYear),
      });
      await queueRoundMessages(trx, {
        plan,
        round: opened.round,
        kind: 'round.open',
        publicUrl: input.publicUrl ?? DEFAULT_PUBLIC_URL,
        now,
      });
      const { departmentsWithoutEditor } = await completenessOf(trx, plan, opened.round);
      await audit(
        trx,
        actor,
        [
          {
            action: 'round.open',
            entity: 'round',
            municipalityId: plan.municipalityId,
            planId: plan.id,
            fiscalYear: input.fiscalYear,
            field: 'due',
            newValue: dueDate,
          },
        ],
        now,
      );
      return { ...opened, departmentsWithoutEditor: [...departmentsWithoutEditor] };
    },
    { uniqueFields: { rounds: 'fy' } },
  );
}

/**
 * Where a round stands: its entries by state, those not approved, and the departments no
 * active editor account enters for (they got no e-mail).
 */
export async function completenessOf(
  db: Kysely<Database>,
  plan: { municipalityId: number },
  round: Round,
  entries?: readonly RoundEntry[],
): Promise<RoundCompleteness> {
  const editors = await listEditors(db, plan.municipalityId);
  return roundCompleteness(
    entries ?? (await listEntries(db, round.id)),
    new Set(editors.flatMap((e) => e.departments)),
  );
}

/**
 * Closes the round: the year is locked; an entry changes again only once an admin reopens it.
 * Answers the round closed and what it left (entries by state, not approved, departments
 * without an editor), so whoever closed it is told.
 */
export async function closeRound(
  store: Store,
  input: { planId: number; fiscalYear: FiscalYear },
  actor: Actor,
  now: Date,
): Promise<{ round: Round; left: RoundCompleteness }> {
  return writeTransaction(store, async (trx) => {
    const plan = await requirePlanChange(trx, actor, input.planId);
    await lockPlan(trx, store.kind, plan.id);
    const round = await requireRound(trx, plan.id, input.fiscalYear);
    if (round.state === 'closed') {
      throw new EntryStateError(
        `the round for ${formatFiscalYear(input.fiscalYear)} is closed already`,
        null,
        true,
      );
    }
    const left = await completenessOf(trx, plan, round);
    await closeRoundRow(trx, round.id, actorLabel(actor), now.toISOString());
    await audit(
      trx,
      actor,
      [
        {
          action: 'round.close',
          entity: 'round',
          municipalityId: plan.municipalityId,
          planId: plan.id,
          fiscalYear: input.fiscalYear,
          field: 'state',
          oldValue: 'open',
          newValue: 'closed',
        },
      ],
      now,
    );
    return { round: await requireRound(trx, plan.id, input.fiscalYear), left };
  });
}

export interface EntryRef {
  readonly code: string;
  readonly department: string;
}

async function findEntry(trx: Kysely<Database>, round: Round, ref: EntryRef): Promise<RoundEntry> {
  const [entry] = await listEntries(trx, round.id, {
    code: ref.code,
    departments: [ref.department],
  });
  if (!entry) throw new NotFoundError('entry', `${ref.code} ${ref.department}`);
  return entry;
}

/** Who may do what to an entry: submit is the department's (or an admin's), the rest the admin's. */
async function requireTransition(
  trx: Kysely<Database>,
  actor: Actor,
  planId: number,
  action: EntryAction,
  ref: EntryRef,
): Promise<PlanSummary> {
  if (action.kind === 'submit') {
    return (await requireEntry(trx, actor, { planId, code: ref.code, department: ref.department }))
      .plan;
  }
  const plan = await requirePlanChange(trx, actor, planId);
  if ((await findKpiId(trx, planId, ref.code)) === undefined) {
    throw new NotFoundError('KPI', ref.code);
  }
  return plan;
}

/** What an entry reads as stored, kept with its return so the reviewer sees what changes after. */
async function enteredTexts(
  trx: Kysely<Database>,
  planId: number,
  entry: RoundEntry,
  year: FiscalYear,
): Promise<EntryTexts | null> {
  const counting = await entryKpi(trx, planId, { ...entry, fiscalYear: year });
  return counting === undefined
    ? null
    : storedEntryTexts(counting.kpi, counting.slotDepartment, year);
}

/** What an approval changed in a published year goes to the plan's public feed. */
async function announceCorrections(
  trx: Kysely<Database>,
  planId: number,
  year: FiscalYear,
  ref: EntryRef,
  changes: readonly ApprovedChange[],
  at: string,
): Promise<void> {
  if (changes.length === 0 || !(await isPublished(trx, planId, year))) return;
  await addPublicationEvents(
    trx,
    planId,
    changes.map((change) => ({
      fiscalYear: year,
      kind: 'correction' as const,
      kpiCode: ref.code,
      department: ref.department,
      field: change.field,
      oldText: change.oldText,
      newText: change.newText,
      reason: null,
      at,
    })),
  );
}

/**
 * Moves entries of a round (submit, return with a comment, approve, reopen with a reason),
 * all or none: the first that may not move refuses the whole request and nothing changes.
 * The figures and narratives each entry covers take its new state; each move is in the
 * audit log, in the same transaction.
 */
export async function transitionEntries(
  store: Store,
  input: {
    planId: number;
    fiscalYear: FiscalYear;
    action: EntryAction;
    entries: readonly EntryRef[];
    /** Where the links in the editors' notices point (MIERUKA_PUBLIC_URL). */
    publicUrl?: string;
  },
  actor: Actor,
  now: Date,
): Promise<RoundEntry[]> {
  if (input.entries.length === 0) throw new ValidationError('entries', 'name at least one entry');
  return writeTransaction(store, async (trx) => {
    const moved: RoundEntry[] = [];
    let place: { plan: PlanSummary; round: Round } | undefined;
    for (const ref of input.entries) {
      const plan = await requireTransition(trx, actor, input.planId, input.action, ref);
      await lockPlan(trx, store.kind, plan.id);
      const round = await requireRound(trx, plan.id, input.fiscalYear);
      place = { plan, round };
      const entry = await findEntry(trx, round, ref);
      const unlocked = round.state === 'open' || entry.reopened;
      const result = entryMove(entry, input.action, { unlocked });
      if (result.kind === 'refused') {
        throw new EntryStateError(
          `${ref.code} ${ref.department}: ${result.reason}`,
          entry.state,
          !unlocked,
        );
      }
      if (input.action.kind === 'submit') {
        await requireSubmittable(trx, plan.id, entry, input.fiscalYear);
      }
      const at = now.toISOString();
      const by = actorLabel(actor);
      const { move } = result;
      await setEntryState(trx, entry.id, { state: move.to, reopened: move.reopened, by, at });
      const { note, recordState } = move;
      if (note !== null) {
        await addEntryComment(trx, entry.id, {
          at,
          author: by,
          kind: note.kind,
          text: note.text,
          returnedWith:
            note.kind === 'return'
              ? await enteredTexts(trx, plan.id, entry, input.fiscalYear)
              : null,
        });
      }
      if (recordState !== null) {
        const changes = await setSlotRecordStates(
          trx,
          {
            planId: plan.id,
            kpiId: entry.kpiId,
            department: entry.department,
            fiscalYear: input.fiscalYear,
          },
          recordState,
        );
        await announceCorrections(trx, plan.id, input.fiscalYear, ref, changes, at);
      }
      await audit(
        trx,
        actor,
        [
          {
            action: `entry.${input.action.kind}`,
            entity: 'entry',
            municipalityId: plan.municipalityId,
            planId: plan.id,
            kpiCode: ref.code,
            fiscalYear: input.fiscalYear,
            field: ref.department,
            oldValue: entry.state,
            newValue: note === null ? move.to : `${move.to}: ${note.text}`,
          },
        ],
        now,
      );
      moved.push(await findEntry(trx, round, ref));
    }
    if (place !== undefined) {
      await notifyEditors(trx, {
        ...place,
        action: input.action,
        entries: moved,
        publicUrl: input.publicUrl ?? DEFAULT_PUBLIC_URL,
        now,
      });
    }
    return moved;
  });
}

/** Returned, reopened and approved entries e-mail their departments' editors (issue 21). */
async function notifyEditors(
  trx: Kysely<Database>,
  input: {
    plan: PlanSummary;
    round: Round;
    action: EntryAction;
    entries: readonly RoundEntry[];
    publicUrl: string;
    now: Date;
  },
): Promise<void> {
  const { action, ...rest } = input;
  switch (action.kind) {
    case 'save':
    case 'submit':
      return;
    case 'return':
      await queueEntryNotices(trx, {
        ...rest,
        kind: 'entry.returned',
        note: action.comment.trim(),
      });
      return;
    case 'reopen':
      await queueEntryNotices(trx, { ...rest, kind: 'entry.reopened', note: action.reason.trim() });
      return;
    case 'approve':
      await queueEntryNotices(trx, { ...rest, kind: 'entry.approved', note: null });
      return;
  }
}
