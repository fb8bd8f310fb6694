import { appendKpiDepartmentMove } from '../db/department-repository.ts';
import { appendKpiThemeMove } from '../db/kpi-theme-move-repository.ts';
import { everPublishedYears } from '../db/publication-repository.ts';
import { listRounds } from '../db/round-repository.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import type { Actor } from '../domain/access.ts';
import { actorLabel } from '../domain/access.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import { refuseDepartmentChange } from '../domain/kpi-department-change.ts';
import { placeOf } from '../domain/kpi-theme-moves.ts';
import type { Plan } from '../domain/model.ts';
import type { KpiPlace } from '../domain/plan-edits.ts';
import { moveKpi as moveKpiTo, updateKpi as updateKpiIn } from '../domain/plan-edits.ts';
import { audit } from './audit.ts';
import type { Store } from './database-handle.ts';
import type { PlanEditResult } from './plan-editing.ts';
import { editPlanIn } from './plan-editing.ts';
import type { DatedChange } from './plan-life.ts';
import { checkYear, kpiIdOf, kpiNamed, lifeOf, reasonDraft } from './plan-life.ts';
import { PublishedYearError, ValidationError } from './service-errors.ts';

/*
 * Where a KPI stands in the plan over its years (issue 20): the departments responsible for it
 * and the theme program it is printed under are part of its definition, dated by the year a
 * change takes effect. The years before keep what they were published with
 * (withDepartmentsOfYear, withThemesOfYear); a change reaching a published year is refused.
 */

/**
 * Hands a KPI to other departments from a year (機構改革: ⑦ from 企画課 to 財政課 from R7). A
 * department it leaves keeps its link for the years it served and owes nothing in a round
 * opened after; an open round of the year or later must close first, as for a merge.
 */
export async function changeKpiDepartments(
  store: Store,
  input: DatedChange & { readonly code: string; readonly departments: readonly string[] },
  actor: Actor,
  now: Date,
): Promise<{
  readonly code: string;
  readonly from: FiscalYear;
  readonly departments: string[];
  readonly departmentsBefore: string[];
}> {
  const departments = input.departments.map((name) => name.normalize('NFKC').trim());
  return writeTransaction(store, async (trx) => {
    const context = await lifeOf(trx, store, input.planId, actor);
    const kpi = kpiNamed(context.plan, input.code);
    const own = context.changes.filter((c) => c.code === input.code);
    checkYear(context, 'revise', input.from, own);
    const refusal = refuseDepartmentChange(kpi.departments, departments);
    if (refusal !== null) throw new ValidationError(refusal.field, refusal.message);
    const open = (await listRounds(trx, input.planId)).find(
      (r) => r.state === 'open' && r.fiscalYear >= input.from,
    );
    if (open !== undefined) {
      throw new ValidationError(
        'from',
        `the ${formatFiscalYear(open.fiscalYear)} round is open with entries of ${kpi.departments.join('、')}: close it, or change the departments from the year after`,
      );
    }
    // The links are saved with the plan: the new departments first, those it leaves after.
    await editPlanIn(
      trx,
      store.kind,
      input.planId,
      actor,
      () => (plan: Plan) => updateKpiIn(plan, input.code, { departments }),
      now,
    );
    const kpiId = await kpiIdOf(trx, input.planId, input.code);
    await appendKpiDepartmentMove(trx, kpiId, {
      fromYear: input.from,
      departmentsBefore: kpi.departments,
      reason: input.reason,
      by: actorLabel(actor),
      at: now.toISOString(),
    });
    const base = {
      action: 'kpi.departments',
      entity: 'kpi',
      municipalityId: context.municipalityId,
      planId: input.planId,
      kpiCode: input.code,
      fiscalYear: input.from,
    };
    await audit(
      trx,
      actor,
      [
        {
          ...base,
          field: 'departments',
          oldValue: kpi.departments.join('、'),
          newValue: departments.join('、'),
        },
        reasonDraft(base, input.reason),
      ],
      now,
    );
    return {
      code: input.code,
      from: input.from,
      departments,
      departmentsBefore: [...kpi.departments],
    };
  });
}

/**
 * Moves a KPI in the tree: another theme program, or another place in its own. A plan never
 * published is arranged freely; once a year was published, the move is dated (`dated`: from a
 * year after the published ones, and why), and the years before print the KPI where it stood.
 */
export async function moveKpi(
  store: Store,
  input: { readonly planId: number; readonly code: string; readonly to: KpiPlace },
  actor: Actor,
  dated: Omit<DatedChange, 'planId'> | null = null,
  now: Date,
): Promise<PlanEditResult> {
  const { planId, code, to } = input;
  return writeTransaction(store, async (trx) => {
    const context = await lifeOf(trx, store, planId, actor);
    const kpi = kpiNamed(context.plan, code);
    if (dated === null) {
      const published = await everPublishedYears(trx, planId);
      if (published.length > 0) {
        const years = published.map((y) => formatFiscalYear(y)).join(', ');
        throw new PublishedYearError(
          'from',
          published,
          `${years} published with this tree: say from which fiscal year the move takes effect (from) and why (reason), so the published years keep the KPI where they printed it`,
        );
      }
    } else {
      checkYear(
        context,
        'revise',
        dated.from,
        context.changes.filter((c) => c.code === code),
      );
    }
    const before = placeOf(context.plan, kpi.code)!;
    const result = await editPlanIn(
      trx,
      store.kind,
      planId,
      actor,
      () => (plan: Plan) => moveKpiTo(plan, code, to),
      now,
    );
    const base = {
      action: 'kpi.move',
      entity: 'kpi',
      municipalityId: context.municipalityId,
      planId,
      kpiCode: code,
      fiscalYear: dated?.from ?? null,
    };
    await audit(
      trx,
      actor,
      [
        {
          ...base,
          field: 'place',
          oldValue: `${before.policyBefore}-${before.themeBefore}`,
          newValue: `${to.policyNumber}-${to.themeNumber}${to.before === null ? '' : ` before ${to.before}`}`,
        },
        ...(dated === null ? [] : [reasonDraft(base, dated.reason)]),
      ],
      now,
    );
    if (dated !== null) {
      await appendKpiThemeMove(trx, await kpiIdOf(trx, planId, code), {
        fromYear: dated.from,
        ...before,
        reason: dated.reason,
        by: actorLabel(actor),
        at: now.toISOString(),
      });
    }
    return result;
  });
}
