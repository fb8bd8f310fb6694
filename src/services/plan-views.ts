import { withDepartmentsOfYear } from '../domain/department-merges.ts';
import { listKpiDepartmentMoves } from '../db/department-repository.ts';
import { listKpiThemeMoves } from '../db/kpi-theme-move-repository.ts';
import type { KpiThemeMove } from '../domain/kpi-theme-moves.ts';
import { placeOf, withThemesOfYear } from '../domain/kpi-theme-moves.ts';
import { slotOwner } from '../domain/entry-slot.ts';
import { reductionProgress } from '../domain/reduction-progress.ts';
import type { KpiDepartmentMove } from '../domain/department-merges.ts';
import { describePlaces } from '../domain/kpi-place-history.ts';
import { kpiRange } from '../domain/valid-range.ts';
import { findEvaluationScheme, listPlanEvaluations } from '../db/evaluation-repository.ts';
import type { PublishedEvaluation } from '../domain/evaluation.ts';
import { publishedEvaluations } from '../domain/evaluation.ts';
import type { Kysely } from 'kysely';
import { listDepartmentRenames } from '../db/department-repository.ts';
import type { KpiLink } from '../db/kpi-continuation-repository.ts';
import { continuationsOf } from '../db/kpi-continuation-repository.ts';
import { withNamesOfYear } from '../domain/department-names.ts';
import { withTreeNamesOfYear } from '../domain/tree-names.ts';
import { listTreeRenames } from '../db/tree-rename-repository.ts';
import {
  findKpiId,
  findPlanById,
  listPlans,
  loadPlan,
  planActivity,
} from '../db/plan-repository.ts';
import { getKpiHistory } from '../db/kpi-history.ts';
import { listKpiChanges } from '../db/kpi-change-repository.ts';
import type { KpiChange } from '../domain/kpi-life.ts';
import { describeLife, nearestYearInForce, planInYear } from '../domain/kpi-life.ts';
import { getTreeVersions } from '../db/record-versions.ts';
import { findMunicipalityById, listMunicipalities } from '../db/municipality-repository.ts';
import { NotFoundError } from '../db/errors.ts';
import type { Database } from '../db/tables.ts';
import type {
  AuditEntryView,
  KpiDetailView,
  PlanReportView,
  PlanSummaryView,
  TrendPoint,
} from '../domain/api-contract.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { fiscalYear } from '../domain/fiscal-year.ts';
import { toNumber } from '../domain/decimal.ts';
import { measuredSeries } from '../domain/measured-value.ts';
import type { Kpi, Plan } from '../domain/model.ts';
import { planKpis } from '../domain/model.ts';
import { buildPlanReport } from '../domain/plan-report.ts';
import { restrictToYears } from '../domain/published-view.ts';
import type { UnapprovedRecord } from '../domain/approved-view.ts';
import { withoutUnapproved } from '../domain/approved-view.ts';
import { listUnapproved } from '../db/unapproved-records.ts';
import type { Actor } from '../domain/access.ts';
import { isMemberOf, readsRecord, seesEmails } from '../domain/access.ts';
import { isPublished, listPublications } from '../db/publication-repository.ts';
import { listAudit } from '../db/audit-repository.ts';
import type { PlanReading } from './access.ts';
import { readableKpiChanges, requirePlanRead, requireYear } from './access.ts';
import { presentAuditEntry } from './presenters/audit-presenter.ts';
import { presentFigure, presentNarrative } from './presenters/entry-presenter.ts';
import { presentPlanSummary } from './presenters/plan-presenter.ts';
import { kpiEvaluations } from './evaluations.ts';

/**
 * Whose entries in review an actor may read: an editor its own departments' (the KPI's own
 * row is its first department's), a committee member the submitted ones, everyone else of the
 * municipality all of them.
 */
function draftReader(actor: Actor, plan: Plan) {
  const departments = new Map(planKpis(plan).map((k) => [k.code, k.departments]));
  return (record: { code: string; department: string | null; state: string }): boolean =>
    readsRecord(actor, {
      department: slotOwner(departments.get(record.code) ?? [], record.department),
      state: record.state,
    });
}

/** How a view is asked for: `drafts` (members only) counts entries not yet approved too. */
export interface ViewOptions {
  readonly drafts?: boolean;
}

/**
 * A plan as a domain value with its summary view, read once, as the actor may read it: a
 * visitor gets the published years only, as if the others had no figures; everyone gets the
 * approved figures and narratives only, unless a member asks for drafts (listed in `drafts`).
 */
export async function summaryOf(
  db: Kysely<Database>,
  actor: Actor,
  planId: number,
  options: ViewOptions = {},
): Promise<{
  view: PlanSummaryView;
  /** Every KPI the plan ever had, each with its first definition: see `inYear`. */
  plan: Plan;
  /** The plan as it stood in a fiscal year: its KPIs then, each defined as then (issue 20). */
  inYear: (year: FiscalYear) => Plan;
  changes: readonly KpiChange[];
  /** Each KPI's moves of department and theme program (what stood before each). */
  moves: { departments: readonly KpiDepartmentMove[]; themes: readonly KpiThemeMove[] };
  reading: PlanReading;
  drafts: readonly UnapprovedRecord[];
}> {
  const reading = await requirePlanRead(db, actor, planId);
  const summary = await findPlanById(db, planId);
  const municipality = summary && (await findMunicipalityById(db, summary.municipalityId));
  if (summary && municipality) {
    const stored = await loadPlan(db, planId);
    const unapproved = await listUnapproved(db, planId);
    const withDrafts = reading.member && options.drafts === true;
    // An editor counts the drafts of its own departments only: another department's entries in
    // review are not its to read (issue 12).
    const readable = withDrafts ? unapproved.filter(draftReader(actor, stored)) : [];
    const unread = unapproved.filter((r) => !readable.includes(r));
    const counted = withoutUnapproved(stored, unread);
    const plan = reading.years === null ? counted : restrictToYears(counted, reading.years);
    const changes = await listKpiChanges(db, planId);
    // A department renamed from a later year keeps its old name in the years before (issue 20).
    const renames = await listDepartmentRenames(db, summary.municipalityId);
    // So does a basic policy or theme program renamed at the mid-term review.
    const treeRenames = await listTreeRenames(db, planId);
    // And a KPI whose department was merged into another names the one it had then.
    const moves = await listKpiDepartmentMoves(db, planId);
    // And a KPI moved to another theme program from a later year stands where it was printed.
    const themeMoves = await listKpiThemeMoves(db, planId);
    return {
      reading,
      plan,
      inYear: (year) =>
        withTreeNamesOfYear(
          withNamesOfYear(
            withDepartmentsOfYear(
              withThemesOfYear(planInYear(plan, changes, year), themeMoves, year),
              moves,
              year,
            ),
            renames,
            year,
          ),
          treeRenames,
          year,
        ),
      changes,
      moves: { departments: moves, themes: themeMoves },
      // The list names what is in review; the published copy stays inside.
      drafts: readable.map(({ approvedText: _copy, ...record }) => record),
      view: presentPlanSummary(summary, municipality, plan),
    };
  }
  throw new NotFoundError('plan', String(planId));
}

/**
 * The plans an actor may read, with the years it may read: its own municipality's in full,
 * every other plan once a year of it is published, with the published years only.
 */
export async function listPlanViews(
  db: Kysely<Database>,
  actor: Actor,
): Promise<PlanSummaryView[]> {
  const views: PlanSummaryView[] = [];
  for (const municipality of await listMunicipalities(db)) {
    const member = isMemberOf(actor, municipality.id);
    for (const summary of await listPlans(db, municipality.id)) {
      const activity = await planActivity(db, summary.id);
      let fiscalYears = activity.fiscalYears;
      if (!member) {
        const published = new Set(
          (await listPublications(db, summary.id)).map((p) => p.fiscalYear),
        );
        if (published.size === 0) continue;
        fiscalYears = fiscalYears.filter((y) => published.has(y));
      }
      views.push({
        id: summary.id,
        name: summary.name,
        municipality,
        startYear: summary.startYear,
        endYear: summary.endYear,
        fiscalYears,
        kpiCount: activity.kpis,
      });
    }
  }
  return views;
}

export async function getPlanSummary(
  db: Kysely<Database>,
  actor: Actor,
  planId: number,
): Promise<PlanSummaryView> {
  return (await summaryOf(db, actor, planId)).view;
}

function defaultYear(view: PlanSummaryView, requested: FiscalYear | undefined): FiscalYear {
  return requested ?? view.fiscalYears.at(-1) ?? view.startYear ?? view.endYear ?? fiscalYear(2019);
}

/** The progress table of a plan for a fiscal year (the latest with figures by default). */
export async function getPlanReport(
  db: Kysely<Database>,
  actor: Actor,
  planId: number,
  year?: FiscalYear,
  options: ViewOptions = {},
): Promise<PlanReportView> {
  const { inYear, view, reading, drafts } = await summaryOf(db, actor, planId, options);
  requireYear(reading, year);
  const fy = defaultYear(view, year);
  const evaluations = await reportEvaluations(db, planId, fy);
  return { ...buildPlanReport(inYear(fy), fy), plan: view, drafts, evaluations };
}

/** The published levels of the year's evaluations, once the year is published (issue 21). */
export async function reportEvaluations(
  db: Kysely<Database>,
  planId: number,
  year: FiscalYear,
): Promise<PublishedEvaluation[]> {
  if (!(await isPublished(db, planId, year))) return [];
  const { scheme } = await findEvaluationScheme(db, planId);
  return publishedEvaluations(scheme, await listPlanEvaluations(db, planId, year));
}

function trend(
  kpi: Kpi,
  plan: Plan,
  year: FiscalYear,
  projection: KpiDetailView['row']['projection'],
): TrendPoint[] {
  const points: TrendPoint[] = [];
  if (kpi.baseline?.fiscalYear != null && kpi.basis === 'latest') {
    points.push({
      fiscalYear: kpi.baseline.fiscalYear,
      value: toNumber(kpi.baseline.value),
      kind: 'baseline',
    });
  }
  for (const m of measuredSeries(kpi, kpi.basis)) {
    if (m.fiscalYear <= year)
      points.push({ fiscalYear: m.fiscalYear, value: toNumber(m.value), kind: 'actual' });
  }
  const targetYear = kpi.target?.fiscalYear ?? plan.endYear;
  if (kpi.target && targetYear !== null) {
    points.push({ fiscalYear: targetYear, value: toNumber(kpi.target.value), kind: 'target' });
  }
  if (projection) {
    points.push({
      fiscalYear: projection.targetYear,
      value: projection.projectedValue,
      kind: 'projection',
    });
  }
  return points;
}

/** Where a KPI stands in the stored tree: 「3-8」 (basic policy - theme program). */
function placeNow(plan: Plan, code: string): string {
  const place = placeOf(plan, code);
  return place === undefined ? '' : `${place.policyBefore}-${place.themeBefore}`;
}

/** The range a KPI's figures must lie in, and whether the KPI declares it or its unit gives it. */
function rangeView(kpi: Kpi): KpiDetailView['validRange'] {
  const range = kpiRange(kpi);
  return range === null ? null : { ...range, declared: kpi.validRange != null };
}

/** One KPI with its report row, trend and the stored history of its figures and narratives. */
export async function getKpiDetail(
  db: Kysely<Database>,
  actor: Actor,
  planId: number,
  code: string,
  year?: FiscalYear,
  options: ViewOptions = {},
): Promise<KpiDetailView> {
  const {
    plan: everKpis,
    inYear,
    changes,
    moves,
    view,
    reading,
  } = await summaryOf(db, actor, planId, options);
  requireYear(reading, year);
  const ever = planKpis(everKpis).find((k) => k.code === code);
  if (!ever) throw new NotFoundError('KPI', code);
  // A KPI asked for in a year it is not in (retired before, added after) shows its nearest year.
  const own = changes.filter((c) => c.code === code);
  const fy = nearestYearInForce(own, defaultYear(view, year));
  const plan = inYear(fy);
  // Members read the whole history, each record with its state (an editor, of another
  // department, the approved records only); visitors the approved record of published years.
  const ownDraft = draftReader(actor, plan);
  const visible = (record: { fiscalYear: FiscalYear; department: string | null; state: string }) =>
    record.state === 'approved'
      ? reading.member || reading.years?.has(record.fiscalYear) === true
      : reading.member && ownDraft({ code, department: record.department, state: record.state });
  const kpi = planKpis(plan).find((k) => k.code === code);
  const kpiId = await findKpiId(db, planId, code);
  if (!kpi || kpiId === undefined) throw new NotFoundError('KPI', code);
  const report = buildPlanReport(plan, fy);
  const row = report.rows.find((r) => r.code === code);
  if (!row) throw new NotFoundError('KPI', code);
  const history = await getKpiHistory(db, kpiId);
  // In the table's order: the KPI's own row, then its departments as listed, then cumulative rows.
  const departmentRank = (name: string | null) =>
    name === null ? -1 : kpi.departments.indexOf(name);
  const seriesRank = { actual: 0, cumulative: 1, milestone: 2 } as const;
  const byPlace = (
    a: { fiscalYear: number; department: string | null; series?: keyof typeof seriesRank },
    b: { fiscalYear: number; department: string | null; series?: keyof typeof seriesRank },
  ) =>
    seriesRank[a.series ?? 'actual'] - seriesRank[b.series ?? 'actual'] ||
    departmentRank(a.department) - departmentRank(b.department) ||
    a.fiscalYear - b.fiscalYear;
  return {
    plan: view,
    fiscalYear: fy,
    years: report.years,
    gradeLabels: report.gradeLabels,
    row,
    reductionProgress: reductionProgress(row),
    version: (await getTreeVersions(db, planId)).kpis.get(code) ?? 1,
    validRange: rangeView(kpi),
    trend: trend(kpi, plan, fy, row.projection),
    figures: [...history.figures.filter(visible)].sort(byPlace).map(presentFigure),
    changes: reading.member ? await kpiChanges(db, actor, planId, kpi) : [],
    life: {
      ...describeLife(ever, changes),
      places: describePlaces(
        { code, departments: ever.departments, place: placeNow(everKpis, code) },
        moves.departments,
        moves.themes,
      ),
    },
    continuation: await readableContinuation(db, actor, kpiId),
    ...(await kpiEvaluations(db, actor, reading, code, fy)),
    narratives: [...history.narratives.filter(visible)].sort(byPlace).map(presentNarrative),
  };
}

/**
 * The KPIs of other plans this one continues or is continued by (次期計画), those of plans the
 * actor may read only: a visitor does not learn of a next plan before it publishes a year.
 */
async function readableContinuation(
  db: Kysely<Database>,
  actor: Actor,
  kpiId: number,
): Promise<KpiDetailView['continuation']> {
  const links = await continuationsOf(db, kpiId);
  const readable = async (link: KpiLink) => {
    try {
      await requirePlanRead(db, actor, link.planId);
      return true;
    } catch (error) {
      if (error instanceof NotFoundError) return false;
      throw error;
    }
  };
  const continuedBy: KpiLink[] = [];
  for (const link of links.continuedBy) if (await readable(link)) continuedBy.push(link);
  return {
    continues: links.continues && (await readable(links.continues)) ? links.continues : null,
    continuedBy,
  };
}

/** The latest changes of one KPI from the audit log as the actor may read them, without ids. */
async function kpiChanges(
  db: Kysely<Database>,
  actor: Actor,
  planId: number,
  kpi: Kpi,
): Promise<AuditEntryView[]> {
  const entries = await listAudit(db, { planId, kpiCode: kpi.code, limit: 100 });
  const withEmails = seesEmails(actor);
  // A member who is no admin reads who acted by name, never by e-mail address.
  return readableKpiChanges(actor, kpi.departments, entries)
    .map(presentAuditEntry)
    .map((e) => (withEmails || e.actorName === null ? e : { ...e, actor: e.actorName }));
}

/** The municipalities a deployment holds (names and codes are public record). */
export async function listMunicipalityViews(db: Kysely<Database>) {
  return listMunicipalities(db);
}
