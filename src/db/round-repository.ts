import type { Kysely, Selectable } from 'kysely';
import type { EntryState, RecordState } from '../domain/entry-state.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { fiscalYear } from '../domain/fiscal-year.ts';
import type { EntryComment, Round, RoundEntry } from '../domain/round.ts';
import { approvedTextAfter } from './approved-copy.ts';
import { figureFromColumns } from './columns.ts';
import { bumpPlanRevision } from './plan-revision.ts';
import { formatFigureText } from '../domain/figure.ts';
import { leftDepartments } from '../domain/kpi-department-change.ts';
import { leadDepartment, ownsKpiRow } from '../domain/entry-slot.ts';
import { listKpiDepartmentMoves } from './department-repository.ts';
import type { Database, RoundsTable } from './tables.ts';

/*
 * Rounds, their entries and the entries' comments. An entry is one KPI × responsible
 * department; the KPI's own row (department null) belongs to the entry of its first
 * department (主担当), a department's row of a breakdown (⑰ 上下水道課) to that department's.
 */

function toRound(row: Selectable<RoundsTable>): Round {
  return {
    id: row.id,
    planId: row.plan_id,
    fiscalYear: fiscalYear(row.fiscal_year),
    dueDate: row.due_date,
    state: row.state,
    openedBy: row.opened_by,
    openedAt: row.opened_at,
    closedBy: row.closed_by,
    closedAt: row.closed_at,
  };
}

export async function findRound(
  db: Kysely<Database>,
  planId: number,
  year: FiscalYear,
): Promise<Round | undefined> {
  const row = await db
    .selectFrom('rounds')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('fiscal_year', '=', year)
    .executeTakeFirst();
  return row && toRound(row);
}

export async function findRoundById(
  db: Kysely<Database>,
  roundId: number,
): Promise<Round | undefined> {
  const row = await db
    .selectFrom('rounds')
    .selectAll()
    .where('id', '=', roundId)
    .executeTakeFirst();
  return row && toRound(row);
}

export async function listRounds(db: Kysely<Database>, planId: number): Promise<Round[]> {
  const rows = await db
    .selectFrom('rounds')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('fiscal_year')
    .execute();
  return rows.map(toRound);
}

/** Every open round of every municipality with its plan, for the server's reminders. */
export async function listOpenRounds(
  db: Kysely<Database>,
): Promise<{ round: Round; plan: { id: number; municipalityId: number; name: string } }[]> {
  const rows = await db
    .selectFrom('rounds')
    .innerJoin('plans', 'plans.id', 'rounds.plan_id')
    .selectAll('rounds')
    .select(['plans.municipality_id', 'plans.name as plan_name'])
    .where('rounds.state', '=', 'open')
    .orderBy('rounds.id')
    .execute();
  return rows.map((r) => ({
    round: toRound(r),
    plan: { id: r.plan_id, municipalityId: r.municipality_id, name: r.plan_name },
  }));
}

/**
 * Opens a round with an entry per KPI × responsible department of the plan's current KPIs.
 * An entry starts in the state of what is already stored for it (an imported year is
 * approved), else not started.
 */
export async function insertRound(
  trx: Kysely<Database>,
  input: {
    planId: number;
    fiscalYear: FiscalYear;
    dueDate: string;
    by: string;
    at: string;
    /** KPIs not in the plan that year (retired before it, added after it): no entries. */
    outOfForce?: readonly string[];
  },
): Promise<{ round: Round; entries: number }> {
  const row = await trx
    .insertInto('rounds')
    .values({
      plan_id: input.planId,
      fiscal_year: input.fiscalYear,
      due_date: input.dueDate,
      state: 'open',
      opened_by: input.by,
      opened_at: input.at,
      closed_by: null,
      closed_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const linked = await trx
    .selectFrom('kpi_departments')
    .innerJoin('kpis', 'kpis.id', 'kpi_departments.kpi_id')
    .innerJoin('departments', 'departments.id', 'kpi_departments.department_id')
    // A department merged into another owes nothing: the one it joined answers.
    .where('departments.merged_into', 'is', null)
    .select([
      'kpi_departments.kpi_id',
      'kpi_departments.department_id',
      'kpi_departments.sort_order',
      'kpi_departments.responsible',
      'kpis.code',
      'departments.name',
    ])
    .where('kpis.plan_id', '=', input.planId)
    .where('kpis.retired', '=', 0)
    .$if((input.outOfForce ?? []).length > 0, (q) =>
      q.where('kpis.code', 'not in', [...(input.outOfForce ?? [])]),
    )
    .execute();
  // A department a KPI left (handed to another from a year) owes it nothing any more.
  const moves = await listKpiDepartmentMoves(trx, input.planId);
  const left = new Map(
    [...new Set(moves.map((m) => m.code))].map((code) => [
      code,
      leftDepartments(
        linked.filter((l) => l.code === code && l.responsible === 1).map((l) => l.name),
        moves.filter((m) => m.code === code),
      ),
    ]),
  );
  const slots = linked.filter((l) => l.responsible === 1 || left.get(l.code)?.has(l.name) !== true);
  // The lead's entry starts in the state of the KPI's own row.
  const inOrder = [...linked].sort((a, b) => a.sort_order - b.sort_order);
  const leads = new Set(
    [...new Set(linked.map((l) => l.kpi_id))].map(
      (kpiId) =>
        `${kpiId}:${leadDepartment(inOrder.filter((l) => l.kpi_id === kpiId).map((l) => l.name))}`,
    ),
  );
  const stored = await storedStates(trx, input.planId, input.fiscalYear);
  const values = slots.map((slot) => ({
    round_id: row.id,
    kpi_id: slot.kpi_id,
    department_id: slot.department_id,
    state:
      stored.get(`${slot.kpi_id}:${slot.department_id}`) ??
      (leads.has(`${slot.kpi_id}:${slot.name}`) ? stored.get(`${slot.kpi_id}:null`) : undefined) ??
      ('not_started' satisfies EntryState),
    updated_by: input.by,
    updated_at: input.at,
  }));
  for (let i = 0; i < values.length; i += 400) {
    await trx
      .insertInto('round_entries')
      .values(values.slice(i, i + 400))
      .execute();
  }
  return { round: toRound(row), entries: values.length };
}

/** The state of each slot's stored actual figure (else narrative), keyed `kpiId:departmentId`. */
async function storedStates(
  trx: Kysely<Database>,
  planId: number,
  year: FiscalYear,
): Promise<Map<string, EntryState>> {
  const kpiIds = trx.selectFrom('kpis').select('id').where('plan_id', '=', planId);
  const [figures, narratives] = await Promise.all([
    trx
      .selectFrom('year_figures')
      .select(['kpi_id', 'department_id', 'state'])
      .where('kpi_id', 'in', kpiIds)
      .where('fiscal_year', '=', year)
      .where('series', '=', 'actual')
      .execute(),
    trx
      .selectFrom('narratives')
      .select(['kpi_id', 'department_id', 'state'])
      .where('kpi_id', 'in', kpiIds)
      .where('fiscal_year', '=', year)
      .execute(),
  ]);
  const states = new Map<string, EntryState>();
  for (const r of [...narratives, ...figures]) {
    states.set(`${r.kpi_id}:${r.department_id ?? 'null'}`, r.state);
  }
  return states;
}

export async function closeRoundRow(
  trx: Kysely<Database>,
  roundId: number,
  by: string,
  at: string,
): Promise<void> {
  await trx
    .updateTable('rounds')
    .set((eb) => ({
      state: 'closed',
      closed_by: by,
      closed_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', roundId)
    .execute();
}

const entryColumns = [
  'round_entries.id',
  'round_entries.kpi_id',
  'kpis.code',
  'kpis.title',
  'departments.name as department',
  'round_entries.state',
  'round_entries.reopened',
  'round_entries.updated_by',
  'round_entries.updated_at',
] as const;

/** A round's entries in the plan's order, each with its conversation; optionally some departments only. */
export async function listEntries(
  db: Kysely<Database>,
  roundId: number,
  filter: { departments?: readonly string[]; code?: string } = {},
): Promise<RoundEntry[]> {
  let query = db
    .selectFrom('round_entries')
    .innerJoin('kpis', 'kpis.id', 'round_entries.kpi_id')
    .innerJoin('departments', 'departments.id', 'round_entries.department_id')
    .innerJoin('kpi_departments', (join) =>
      join
        .onRef('kpi_departments.kpi_id', '=', 'round_entries.kpi_id')
        .onRef('kpi_departments.department_id', '=', 'round_entries.department_id'),
    )
    .select(entryColumns)
    .where('round_entries.round_id', '=', roundId)
    .orderBy('kpis.sort_order')
    .orderBy('kpis.id')
    .orderBy('kpi_departments.sort_order');
  if (filter.departments !== undefined) {
    if (filter.departments.length === 0) return [];
    query = query.where('departments.name', 'in', [...filter.departments]);
  }
  if (filter.code !== undefined) query = query.where('kpis.code', '=', filter.code);
  const rows = await query.execute();
  const comments = await commentsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    kpiId: r.kpi_id,
    code: r.code,
    title: r.title,
    department: r.department,
    state: r.state,
    reopened: r.reopened === 1,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
    comments: comments.get(r.id) ?? [],
  }));
}

async function commentsOf(
  db: Kysely<Database>,
  entryIds: readonly number[],
): Promise<Map<number, EntryComment[]>> {
  const byEntry = new Map<number, EntryComment[]>();
  for (let i = 0; i < entryIds.length; i += 400) {
    const rows = await db
      .selectFrom('entry_comments')
      .selectAll()
      .where('entry_id', 'in', entryIds.slice(i, i + 400))
      .orderBy('id')
      .execute();
    for (const r of rows) {
      const list = byEntry.get(r.entry_id) ?? [];
      const kept =
        r.figure_text !== null || r.cumulative_text !== null || r.narrative_text !== null;
      list.push({
        at: r.at,
        author: r.author,
        kind: r.kind,
        text: r.text,
        returnedWith: kept
          ? { figure: r.figure_text, cumulative: r.cumulative_text, narrative: r.narrative_text }
          : null,
      });
      byEntry.set(r.entry_id, list);
    }
  }
  return byEntry;
}

/**
 * A year's round and the entry of `owner` (the department whose entry the row belongs to,
 * slotOwner in domain/entry-slot.ts) for a KPI, in one read; no entry for no owner.
 */
export async function findRoundAndEntryOfSlot(
  db: Kysely<Database>,
  planId: number,
  year: FiscalYear,
  slot: {
    readonly kpiId: number;
    readonly owner: { readonly name: string; readonly id: number } | undefined;
  },
): Promise<
  | {
      round: Round;
      entry: Pick<RoundEntry, 'id' | 'department' | 'state' | 'reopened'> | undefined;
    }
  | undefined
> {
  const name = slot.owner?.name;
  const departmentId = slot.owner?.id;
  const row = await db
    .selectFrom('rounds')
    .leftJoin('round_entries', (join) =>
      join
        .onRef('round_entries.round_id', '=', 'rounds.id')
        .on('round_entries.kpi_id', '=', slot.kpiId)
        // No department of the KPI: no entry (-1 names no department).
        .on('round_entries.department_id', '=', departmentId ?? -1),
    )
    .selectAll('rounds')
    .select([
      'round_entries.id as entry_id',
      'round_entries.state as entry_state',
      'round_entries.reopened as entry_reopened',
    ])
    .where('rounds.plan_id', '=', planId)
    .where('rounds.fiscal_year', '=', year)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const entry =
    row.entry_id === null || row.entry_state === null || name === undefined
      ? undefined
      : {
          id: row.entry_id,
          department: name,
          state: row.entry_state,
          reopened: row.entry_reopened === 1,
        };
  return { round: toRound(row), entry };
}

/** Moves an entry to a state, bumping its version; `reopened` as the transition leaves it. */
export async function setEntryState(
  trx: Kysely<Database>,
  entryId: number,
  change: { state: EntryState; reopened: boolean; by: string; at: string },
): Promise<void> {
  await trx
    .updateTable('round_entries')
    .set((eb) => ({
      state: change.state,
      reopened: change.reopened ? 1 : 0,
      updated_by: change.by,
      updated_at: change.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', entryId)
    .execute();
}

export async function addEntryComment(
  trx: Kysely<Database>,
  entryId: number,
  comment: EntryComment,
): Promise<void> {
  const { returnedWith, ...shown } = comment;
  await trx
    .insertInto('entry_comments')
    .values({
      entry_id: entryId,
      ...shown,
      figure_text: returnedWith?.figure ?? null,
      cumulative_text: returnedWith?.cumulative ?? null,
      narrative_text: returnedWith?.narrative ?? null,
    })
    .execute();
}

/** A value the public reads that an approval changed: a correction, or a late figure. */
export interface ApprovedChange {
  /** `actual`, `cumulative` or `narrative`. */
  readonly field: string;
  /** The published text before, null when nothing was. */
  readonly oldText: string | null;
  readonly newText: string;
}

/**
 * Sets the review state of the figures and narratives an entry covers for the year: the
 * department's own rows, and the KPI's own row when the department is the KPI's first. The
 * plan's revision goes up, so cached reports (approved figures only) are computed again.
 * Returns what an approval changed in what the public reads (nothing for other states).
 */
export async function setSlotRecordStates(
  trx: Kysely<Database>,
  where: { planId: number; kpiId: number; department: string; fiscalYear: FiscalYear },
  state: RecordState,
): Promise<ApprovedChange[]> {
  const departments = await trx
    .selectFrom('kpi_departments')
    .innerJoin('departments', 'departments.id', 'kpi_departments.department_id')
    .select(['departments.id', 'departments.name', 'kpi_departments.sort_order'])
    .where('kpi_departments.kpi_id', '=', where.kpiId)
    .orderBy('kpi_departments.sort_order')
    .execute();
  const own = departments.find((d) => d.name === where.department);
  if (own === undefined) return [];
  const lead = ownsKpiRow(
    departments.map((d) => d.name),
    own.name,
  );
  const ids = lead ? [own.id, null] : [own.id];
  const inSlot = <T extends { department_id: number | null }>(row: T) =>
    ids.includes(row.department_id);
  // Milestones are yearly targets, part of the plan itself, not a department's entry.
  const figures = await trx
    .selectFrom('year_figures')
    .select([
      'id',
      'department_id',
      'series',
      'state',
      'value',
      'secondary',
      'mark',
      'estimate',
      'approved_text',
    ])
    .where('kpi_id', '=', where.kpiId)
    .where('fiscal_year', '=', where.fiscalYear)
    .where('series', 'in', ['actual', 'cumulative'])
    .execute();
  const narratives = await trx
    .selectFrom('narratives')
    .select(['id', 'department_id', 'state', 'text', 'approved_text'])
    .where('kpi_id', '=', where.kpiId)
    .where('fiscal_year', '=', where.fiscalYear)
    .execute();
  const changes: ApprovedChange[] = [];
  const noteChange = (
    field: string,
    before: { state: string; text: string; approvedText: string | null },
  ) => {
    if (state !== 'approved' || before.state === 'approved') return;
    if (before.approvedText !== before.text) {
      changes.push({ field, oldText: before.approvedText, newText: before.text });
    }
  };
  for (const row of figures.filter(inSlot)) {
    const text = formatFigureText(figureFromColumns(row));
    const before = { state: row.state, text, approvedText: row.approved_text };
    noteChange(row.series, before);
    await trx
      .updateTable('year_figures')
      .set({ state, approved_text: approvedTextAfter(before, state) })
      .where('id', '=', row.id)
      .execute();
  }
  for (const row of narratives.filter(inSlot)) {
    const before = { state: row.state, text: row.text, approvedText: row.approved_text };
    noteChange('narrative', before);
    await trx
      .updateTable('narratives')
      .set({ state, approved_text: approvedTextAfter(before, state) })
      .where('id', '=', row.id)
      .execute();
  }
  await bumpPlanRevision(trx, where.planId);
  return changes;
}
