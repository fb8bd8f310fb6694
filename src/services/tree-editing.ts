import type { Kysely } from 'kysely';
import { findPlanById } from '../db/plan-repository.ts';
import { everPublishedYears, listPublications } from '../db/publication-repository.ts';
import type { Database } from '../db/tables.ts';
import {
  appendTreeRename,
  deleteThemeRow,
  listTreeRenames,
  moveThemeRenames,
} from '../db/tree-rename-repository.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import type { Actor } from '../domain/access.ts';
import { actorLabel } from '../domain/access.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { fiscalYear, formatFiscalYear } from '../domain/fiscal-year.ts';
import type { Plan } from '../domain/model.ts';
import type { PlanEdit, ThemePlace } from '../domain/plan-edits.ts';
import {
  movePolicy as movePolicyIn,
  moveTheme as moveThemeIn,
  renamePolicy as renamePolicyIn,
  updateTheme as updateThemeIn,
} from '../domain/plan-edits.ts';
import { renamesOf, yearsPrinting } from '../domain/tree-names.ts';
import { listKpiChanges } from '../db/kpi-change-repository.ts';
import { audit } from './audit.ts';
import type { Store } from './database-handle.ts';
import type { ExpectedVersion, PlanEditResult } from './plan-editing.ts';
import { editPlanIn } from './plan-editing.ts';
import { PublishedYearError, ValidationError } from './service-errors.ts';

/*
 * The plan's tree over its years (issue 20): a basic policy or theme program renamed at the
 * mid-term review keeps, in every year before the rename, the name it was printed with; once a
 * year is published the rename says from which year and why. Reordering and moving policies
 * and themes is for a plan not yet published: the tree is printed with every report.
 */

/** A rename from a fiscal year, and why; neither given: a plain rename of an unpublished plan. */
export interface RenameDate {
  readonly from?: FiscalYear;
  readonly reason?: string;
}

type TreeNode = { readonly policyNumber: string; readonly themeNumber: string | null };

const nodeName = (node: TreeNode) =>
  node.themeNumber === null
    ? `basic policy ${node.policyNumber}`
    : `theme program ${node.policyNumber}/${node.themeNumber}`;

const yearList = (years: readonly FiscalYear[]) => years.map((y) => formatFiscalYear(y)).join(', ');

function currentNameOf(plan: Plan, node: TreeNode): string | undefined {
  const policy = plan.policies.find((p) => p.number === node.policyNumber);
  if (node.themeNumber === null) return policy?.name;
  return policy?.themes.find((t) => t.number === node.themeNumber)?.name;
}

/**
 * Renames a tree node (with whatever else the edit changes) in one transaction: with no year,
 * only while no year of the plan is published; with a year, kept as a rename from then on, the
 * years before keeping the old name, refused when it would reach a published year.
 */
async function renameNode(
  store: Store,
  planId: number,
  node: TreeNode,
  change: { readonly name: string | undefined; readonly edit: (plan: Plan) => PlanEdit },
  dated: RenameDate,
  expected: ExpectedVersion,
  actor: Actor,
  now: Date,
): Promise<PlanEditResult> {
  return writeTransaction(store, (trx) =>
    editPlanIn(
      trx,
      store.kind,
      planId,
      actor,
      async (before, municipalityId) => {
        const oldName = currentNameOf(before, node);
        // Not there: the edit says so. Same name: nothing to date.
        if (oldName === undefined || change.name === undefined || change.name === oldName) {
          return change.edit;
        }
        const from = await checkRename(trx, planId, node, oldName, dated, before);
        if (from === null) return change.edit;
        const reason = dated.reason!;
        await appendTreeRename(trx, planId, {
          ...node,
          fromYear: from,
          oldName,
          newName: change.name,
          reason,
          by: actorLabel(actor),
          at: now.toISOString(),
        });
        const policy = node.themeNumber === null;
        await audit(
          trx,
          actor,
          [
            {
              action: policy ? 'policy.rename' : 'theme.rename',
              entity: policy ? 'policy' : 'theme',
              municipalityId,
              planId,
              fiscalYear: from,
              field: 'reason',
              newValue: reason,
            },
          ],
          now,
        );
        return change.edit;
      },
      now,
      expected,
    ),
  );
}

/**
 * The year a rename takes effect from, or null for a plain rename; refuses a rename without a
 * year once a year is published, one reaching a published year, past the plan's end, or
 * before a rename already kept.
 */
async function checkRename(
  trx: Kysely<Database>,
  planId: number,
  node: TreeNode,
  oldName: string,
  dated: RenameDate,
  plan: Plan,
): Promise<FiscalYear | null> {
  const published = yearsPrinting(
    plan,
    await listKpiChanges(trx, planId),
    node,
    (await listPublications(trx, planId)).map((p) => p.fiscalYear),
  );
  const { from } = dated;
  if (from === undefined) {
    if (published.length === 0) return null;
    throw new PublishedYearError(
      'from',
      published,
      `${yearList(published)} published with ${nodeName(node)} named 「${oldName}」: say from which fiscal year the new name holds (from) and why (reason); the published years keep the old name`,
    );
  }
  if ((dated.reason ?? '').trim() === '') {
    throw new ValidationError('reason', `say why ${nodeName(node)} is renamed`);
  }
  const hit = published.filter((y) => y >= from);
  if (hit.length > 0) {
    throw new PublishedYearError(
      'from',
      hit,
      `${yearList(hit)} published: a rename from ${formatFiscalYear(from)} would rewrite a published year (take it from the year after)`,
    );
  }
  if (plan.endYear !== null && from > plan.endYear) {
    throw new ValidationError(
      'from',
      `the plan ends in ${formatFiscalYear(plan.endYear)}: ${formatFiscalYear(from)} is past its period`,
    );
  }
  const latest = Math.max(
    ...renamesOf(await listTreeRenames(trx, planId), node).map((r) => r.fromYear),
  );
  if (from < latest) {
    throw new ValidationError(
      'from',
      `${nodeName(node)} was renamed from ${formatFiscalYear(fiscalYear(latest))} already: a later rename takes effect from then or after`,
    );
  }
  return from;
}

/** Renames a basic policy (from a year, once the plan is published); its themes and KPIs stay. */
export async function renamePolicy(
  store: Store,
  planId: number,
  policyNumber: string,
  input: { name: string } & RenameDate,
  version: number,
  actor: Actor,
  now: Date,
): Promise<PlanEditResult> {
  return renameNode(
    store,
    planId,
    { policyNumber, themeNumber: null },
    { name: input.name, edit: (plan) => renamePolicyIn(plan, policyNumber, input.name) },
    input,
    { record: { kind: 'policy', number: policyNumber }, version },
    actor,
    now,
  );
}

/** Renames a theme program (from a year, once published) or sets its action items. */
export async function updateTheme(
  store: Store,
  planId: number,
  where: { policyNumber: string; themeNumber: string },
  patch: { name?: string; actionItems?: readonly string[] } & RenameDate,
  version: number,
  actor: Actor,
  now: Date,
): Promise<PlanEditResult> {
  const { from, reason, ...fields } = patch;
  return renameNode(
    store,
    planId,
    where,
    { name: fields.name, edit: (plan) => updateThemeIn(plan, where, fields) },
    { from, reason },
    { record: { kind: 'theme', ...where }, version },
    actor,
    now,
  );
}

/** Refuses arranging the tree of a plan with a year ever published. */
async function refusePublishedTree(trx: Kysely<Database>, planId: number, field: string) {
  const published = await everPublishedYears(trx, planId);
  if (published.length > 0) {
    throw new PublishedYearError(
      field,
      published,
      `${yearList(published)} published with this tree: a published plan's policies and themes stay where they were printed (rename them from a year; retire KPIs from a year and add them elsewhere)`,
    );
  }
}

/** Moves a basic policy before another (null: last), in a plan not yet published. */
export async function movePolicy(
  store: Store,
  planId: number,
  policyNumber: string,
  before: string | null,
  actor: Actor,
  now: Date,
): Promise<PlanEditResult> {
  return writeTransaction(store, async (trx) => {
    const result = await editPlanIn(
      trx,
      store.kind,
      planId,
      actor,
      async () => {
        await refusePublishedTree(trx, planId, 'policyNumber');
        return (plan: Plan) => movePolicyIn(plan, policyNumber, before);
      },
      now,
    );
    await audit(
      trx,
      actor,
      [
        {
          action: 'policy.move',
          entity: 'policy',
          municipalityId: (await findPlanById(trx, planId))?.municipalityId ?? null,
          planId,
          field: 'place',
          newValue: before === null ? 'last' : `before ${before}`,
        },
      ],
      now,
    );
    return result;
  });
}

/** Moves a theme program (its KPIs with it) in its policy or to another, before publication. */
export async function moveTheme(
  store: Store,
  planId: number,
  where: { policyNumber: string; themeNumber: string },
  to: ThemePlace,
  actor: Actor,
  now: Date,
): Promise<PlanEditResult> {
  return writeTransaction(store, async (trx) => {
    const result = await editPlanIn(
      trx,
      store.kind,
      planId,
      actor,
      async () => {
        await refusePublishedTree(trx, planId, 'themeNumber');
        return (plan: Plan) => moveThemeIn(plan, where, to);
      },
      now,
    );
    if (to.policyNumber !== where.policyNumber) {
      // Saved under its new policy; the row under the old one is left with no KPI.
      await deleteThemeRow(trx, planId, where);
      await moveThemeRenames(trx, planId, {
        from: where.policyNumber,
        to: to.policyNumber,
        number: where.themeNumber,
      });
    }
    await audit(
      trx,
      actor,
      [
        {
          action: 'theme.move',
          entity: 'theme',
          municipalityId: (await findPlanById(trx, planId))?.municipalityId ?? null,
          planId,
          field: 'place',
          oldValue: `${where.policyNumber}-${where.themeNumber}`,
          newValue: `${to.policyNumber}${to.before === null ? '' : ` before ${to.before}`}`,
        },
      ],
      now,
    );
    return result;
  });
}
