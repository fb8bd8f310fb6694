import type { Kysely } from 'kysely';
import { NotFoundError } from '../db/errors.ts';
import { loadPlan } from '../db/plan-repository.ts';
import { listEntries } from '../db/round-repository.ts';
import type { Database } from '../db/tables.ts';
import { listUnapproved } from '../db/unapproved-records.ts';
import type { Actor } from '../domain/access.ts';
import { entryDepartments, readsRecord, takesEntryAction } from '../domain/access.ts';
import type { EntryActionKind } from '../domain/entry-state.ts';
import { entryActions } from '../domain/entry-state.ts';
import { listSelfEvaluations } from '../db/evaluation-repository.ts';
import { withoutUnapproved } from '../domain/approved-view.ts';
import type { EntrySubmission } from '../domain/entry-review.ts';
import { NOTHING_SUBMITTED, reviewEntry } from '../domain/entry-review.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import { japanDay } from '../domain/japan-day.ts';
import { planKpis } from '../domain/model.ts';
import type { DepartmentProgress, Round, RoundEntry } from '../domain/round.ts';
import { isOverdue, owesEntry, progressByDepartment } from '../domain/round.ts';
import { requirePlanRead } from './access.ts';
import { completenessOf, requireRound } from './rounds.ts';
import { listEditors } from '../db/outbox-repository.ts';
import { accountNamesByEmail } from '../db/account-repository.ts';
import type { RoundCompleteness } from '../domain/round-completeness.ts';

export interface BoardEntry extends RoundEntry {
  readonly overdue: boolean;
  /** The department still has to submit it (owesEntry: a reopened one also after the close). */
  readonly owed: boolean;
  /** What the department entered, the rate and grade it gives, last year's figure beside it. */
  readonly submission: EntrySubmission;
  /** The KPI's self-evaluation (一次評価), on its own row's entry. */
  readonly selfEvaluation: { readonly grade: string; readonly text: string } | null;
  /** What the reader may do to it now. */
  readonly actions: readonly EntryActionKind[];
}

/** A department's line on the board, with how many editor accounts enter for it. */
export interface BoardDepartment extends DepartmentProgress {
  /** Active editor accounts of the department: 0 means nobody is asked (no e-mail). */
  readonly editors: number;
}

export interface RoundBoard {
  readonly round: Round;
  /** The entries the reader sees by state, those not approved, departments without an editor. */
  readonly completeness: RoundCompleteness;
  /** The municipality's day the board was read on, against which "overdue" is told. */
  readonly today: string;
  readonly departments: readonly BoardDepartment[];
  readonly entries: readonly BoardEntry[];
}

/**
 * The round's progress for members of the plan's municipality: per department and per entry,
 * with the conversation. An editor sees the entries of its own departments only.
 */
export async function getRoundBoard(
  db: Kysely<Database>,
  actor: Actor,
  planId: number,
  year: FiscalYear,
  now: Date,
): Promise<RoundBoard> {
  const reading = await requirePlanRead(db, actor, planId);
  if (!reading.member) throw new NotFoundError('round', formatFiscalYear(year));
  const round = await requireRound(db, planId, year);
  const own = entryDepartments(actor);
  // A committee member sees what was submitted and approved, never a department's draft.
  const entries = (
    await listEntries(db, round.id, own === null ? {} : { departments: own })
  ).filter(
    (e) =>
      e.state === 'approved' || readsRecord(actor, { department: e.department, state: e.state }),
  );
  const today = japanDay(now);
  const review = await entryReviewer(db, planId, year);
  const named = await namesIn(db, reading.plan.municipalityId, entries);
  const people = await accountNamesByEmail(db, reading.plan.municipalityId, [
    round.openedBy,
    round.closedBy ?? '',
  ]);
  const person = (label: string) => people.get(label) ?? label;
  const editors = await listEditors(db, reading.plan.municipalityId);
  const selves = await listSelfEvaluations(db, planId, year);
  const selfOf = (e: { code: string; department: string }) => {
    const self = selves.get(e.code);
    return self === undefined || self.lead !== e.department
      ? null
      : { grade: self.grade, text: self.text };
  };
  const editorsOf = (department: string) =>
    editors.filter((e) => e.departments.includes(department)).length;
  return {
    round: {
      ...round,
      openedBy: person(round.openedBy),
      closedBy: round.closedBy === null ? null : person(round.closedBy),
    },
    today,
    completeness: await completenessOf(db, reading.plan, round, entries),
    departments: progressByDepartment(entries, round.dueDate, today).map((line) => ({
      ...line,
      editors: editorsOf(line.department),
    })),
    entries: entries.map(named).map((e) => ({
      ...e,
      overdue: isOverdue(e.state, round.dueDate, today),
      owed: owesEntry(e, round.state),
      submission: review(e),
      selfEvaluation: selfOf(e),
      actions: entryActions(e, { unlocked: round.state === 'open' || e.reopened }).filter(
        (action) => takesEntryAction(actor, action, e.department),
      ),
    })),
  };
}

/**
 * The people an entry names (who updated it, who wrote each comment) by their account's name
 * rather than its e-mail address; a label that is no account's (`cli:…`, `system`) stays.
 */
export async function namesIn(
  db: Kysely<Database>,
  municipalityId: number,
  entries: readonly RoundEntry[],
): Promise<(entry: RoundEntry) => RoundEntry> {
  const names = await accountNamesByEmail(
    db,
    municipalityId,
    entries.flatMap((e) => [e.updatedBy, ...e.comments.map((c) => c.author)]),
  );
  const name = (label: string) => names.get(label) ?? label;
  return (entry) => ({
    ...entry,
    updatedBy: name(entry.updatedBy),
    comments: entry.comments.map((c) => ({ ...c, author: name(c.author) })),
  });
}

/**
 * Reads a plan once and answers, for each entry of a year's round, what its department entered
 * and what it gives (reviewEntry): its own stored row in place, every other record as it counts.
 */
export async function entryReviewer(
  db: Kysely<Database>,
  planId: number,
  year: FiscalYear,
): Promise<(entry: Pick<RoundEntry, 'code' | 'department' | 'comments'>) => EntrySubmission> {
  const stored = await loadPlan(db, planId);
  const approved = withoutUnapproved(stored, await listUnapproved(db, planId));
  const storedKpis = new Map(planKpis(stored).map((k) => [k.code, k]));
  const approvedKpis = new Map(planKpis(approved).map((k) => [k.code, k]));
  return (entry) => {
    const kpi = storedKpis.get(entry.code);
    const counted = approvedKpis.get(entry.code);
    // A KPI retired since the round opened keeps its entry but no longer counts.
    if (kpi === undefined || counted === undefined) return NOTHING_SUBMITTED;
    const lastReturn = entry.comments.filter((c) => c.kind === 'return').at(-1);
    return reviewEntry({
      stored: kpi,
      approved: counted,
      department: entry.department,
      fiscalYear: year,
      ratePrecision: stored.ratePrecision,
      gradeScale: stored.gradeScale,
      planEnd: stored.endYear,
      returnedWith: lastReturn?.returnedWith ?? null,
    });
  };
}
