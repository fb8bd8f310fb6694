import { entryKpi } from './entry-kpi.ts';
import type { Kysely } from 'kysely';
import { NotFoundError } from '../db/errors.ts';
import { getKpiHistory } from '../db/kpi-history.ts';
import { findKpiId } from '../db/plan-repository.ts';
import { findRound, listEntries, listRounds } from '../db/round-repository.ts';
import type { Database } from '../db/tables.ts';
import type { Actor } from '../domain/access.ts';
import {
  entryDepartments,
  readsRecord,
  takesEntryAction,
  writesEntryOf,
} from '../domain/access.ts';
import type { EntryFormView, RoundSummaryView } from '../domain/api-contract.ts';
import { entryActions, entryTransition } from '../domain/entry-state.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import { isOverdue } from '../domain/round.ts';
import type { PlanReading } from './access.ts';
import { requirePlanRead } from './access.ts';
import { kpiEvaluations } from './evaluations.ts';
import { presentGradeScale } from './presenters/plan-presenter.ts';
import { presentSlot } from './presenters/entry-presenter.ts';
import { presentComment, presentRoundSummary } from './presenters/round-presenter.ts';
import { entryReviewer, namesIn } from './round-board.ts';
import { summaryOf } from './plan-views.ts';
import { japanDay } from '../domain/japan-day.ts';
import { ForbiddenError } from './service-errors.ts';

/** The rounds of a plan for its members, newest first, each with what the reader still owes. */
export async function listRoundSummaries(
  db: Kysely<Database>,
  actor: Actor,
  planId: number,
): Promise<RoundSummaryView[]> {
  const reading = await requirePlanRead(db, actor, planId);
  if (!reading.member) throw new NotFoundError('plan', String(planId));
  const rounds = await listRounds(db, planId);
  const mine = entryDepartments(actor);
  const summaries: RoundSummaryView[] = [];
  for (const round of rounds.reverse()) {
    const entries = await listEntries(db, round.id, mine === null ? {} : { departments: mine });
    summaries.push(presentRoundSummary(round, entries));
  }
  return summaries;
}

/**
 * One entry of a round as its form shows it: the entry's state and conversation, the KPI as it
 * counts (approved figures, with this entry's own drafts in place) and the stored records of
 * the row it writes. Members of the plan's municipality; an editor only its own departments'
 * entries (another department's drafts are not its to read: 403).
 */
export async function getEntryForm(
  db: Kysely<Database>,
  actor: Actor,
  where: { planId: number; fiscalYear: FiscalYear; code: string; department: string },
  now: Date,
): Promise<EntryFormView> {
  const reading = await requirePlanRead(db, actor, where.planId);
  if (!reading.member) throw new NotFoundError('plan', String(where.planId));
  if (entryDepartments(actor)?.includes(where.department) === false) {
    throw new ForbiddenError(`read the entries of ${where.department}: it is not your department`);
  }
  const year = formatFiscalYear(where.fiscalYear);
  const round = await findRound(db, where.planId, where.fiscalYear);
  if (!round) throw new NotFoundError('round', year);
  const [stored] = await listEntries(db, round.id, {
    code: where.code,
    departments: [where.department],
  });
  if (!stored) throw new NotFoundError('entry', `${where.code} ${where.department} ${year}`);
  // A committee member reads what was submitted or approved, never a department's draft.
  if (
    stored.state !== 'approved' &&
    !readsRecord(actor, { department: stored.department, state: stored.state })
  ) {
    throw new ForbiddenError(`read the entry ${where.code} ${where.department}: not submitted yet`);
  }
  const entry = (await namesIn(db, reading.plan.municipalityId, [stored]))(stored);
  const kpiId = await findKpiId(db, where.planId, where.code);
  const { view, plan: counted } = await summaryOf(db, actor, where.planId);
  const counting = await entryKpi(db, where.planId, where);
  if (kpiId === undefined || counting === undefined) throw new NotFoundError('KPI', where.code);
  const { kpi, slotDepartment } = counting;
  const history = await getKpiHistory(db, kpiId);
  const inSlot = <T extends { fiscalYear: FiscalYear; department: string | null }>(r: T) =>
    r.fiscalYear === where.fiscalYear && r.department === slotDepartment;
  const previous = history.narratives
    .filter(
      (n) =>
        n.department === slotDepartment &&
        n.fiscalYear < where.fiscalYear &&
        n.state === 'approved',
    )
    .sort((a, b) => b.fiscalYear - a.fiscalYear)[0];
  const unlocked = round.state === 'open' || entry.reopened;
  const mayWrite = writesEntryOf(actor, where.department);
  return {
    plan: view,
    round: { fiscalYear: round.fiscalYear, dueDate: round.dueDate, state: round.state },
    entry: {
      code: entry.code,
      title: entry.title,
      department: entry.department,
      state: entry.state,
      reopened: entry.reopened,
      overdue: isOverdue(entry.state, round.dueDate, japanDay(now)),
      actions: entryActions(entry, { unlocked }).filter((action) =>
        takesEntryAction(actor, action, entry.department),
      ),
      comments: entry.comments.map(presentComment),
    },
    slotDepartment,
    editable:
      mayWrite && entryTransition(entry.state, { kind: 'save' }, { unlocked }).kind === 'allowed',
    kpi,
    ratePrecision: counted.ratePrecision,
    gradeScale: presentGradeScale(counted.gradeScale),
    planEnd: view.endYear,
    figure: presentSlot(history.figures.find((f) => f.series === 'actual' && inSlot(f))),
    cumulative: presentSlot(history.figures.find((f) => f.series === 'cumulative' && inSlot(f))),
    narrative: presentSlot(history.narratives.find(inSlot)),
    previousNarrative: previous ? { fiscalYear: previous.fiscalYear, text: previous.text } : null,
    submission: (await entryReviewer(db, where.planId, where.fiscalYear))(entry),
    selfEvaluation:
      slotDepartment === null ? await selfEvaluationOf(db, actor, reading, where) : null,
  };
}

/** The self-evaluation the entry of a KPI's own row asks for, where the plan uses the level. */
async function selfEvaluationOf(
  db: Kysely<Database>,
  actor: Actor,
  reading: PlanReading,
  where: { fiscalYear: FiscalYear; code: string },
): Promise<EntryFormView['selfEvaluation']> {
  const levels = await kpiEvaluations(db, actor, reading, where.code, where.fiscalYear);
  if (!levels.evaluationScheme.levels.includes('self')) return null;
  return {
    scheme: levels.evaluationScheme,
    stored: levels.evaluations.find((e) => e.level === 'self') ?? null,
  };
}
