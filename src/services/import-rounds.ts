import type { Kysely } from 'kysely';
import { loadPlan } from '../db/plan-repository.ts';
import { findRound, listEntries, setEntryState } from '../db/round-repository.ts';
import type { Database } from '../db/tables.ts';
import { listUnapproved } from '../db/unapproved-records.ts';
import type { Actor } from '../domain/access.ts';
import { actorLabel } from '../domain/access.ts';
import { changedYears } from '../domain/changed-years.ts';
import { entrySlotDepartment } from '../domain/entry-slot.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import type { Kpi, Plan } from '../domain/model.ts';
import { planKpis } from '../domain/model.ts';
import { audit } from './audit.ts';
import { EntryStateError } from './round-errors.ts';

/**
 * An import is a published report: it may not write into a year whose round is closed (the
 * year is locked; a correction goes through a reopened entry). Refuses, naming the years,
 * before anything is written. Called in the import's transaction, the plan locked.
 */
export async function requireUnlockedYears(
  trx: Kysely<Database>,
  planId: number,
  stored: Plan,
  incoming: Plan,
): Promise<FiscalYear[]> {
  const years = changedYears(stored, incoming);
  const locked: FiscalYear[] = [];
  for (const year of years) {
    if ((await findRound(trx, planId, year))?.state === 'closed') locked.push(year);
  }
  if (locked.length > 0) {
    const names = locked.map((y) => formatFiscalYear(y, 'japanese')).join('・');
    throw new EntryStateError(
      `${names}の照会は締め切られています。取り込みでは変更できません。管理者が該当の入力を再開して修正してください (the round of ${locked.map((y) => formatFiscalYear(y)).join(', ')} is closed: the file would change a locked year; nothing was imported)`,
      null,
      true,
    );
  }
  return years;
}

function hasRecord(kpi: Kpi, year: FiscalYear, department: string | null): boolean {
  const inYear = (f: { fiscalYear: FiscalYear }) => f.fiscalYear === year;
  const figures =
    department === null
      ? [...kpi.actuals, ...kpi.cumulativeActuals]
      : (kpi.departmentActuals.find((d) => d.department === department)?.actuals ?? []);
  return (
    figures.some(inYear) || kpi.narratives.some((n) => inYear(n) && n.department === department)
  );
}

/**
 * After an import, the entries of the years it wrote follow what is stored: an entry whose row
 * now holds approved records only (the published report's figures) is approved, logged as
 * `entry.import`. An entry still holding a department's draft stays as it was.
 */
export async function settleImportedEntries(
  trx: Kysely<Database>,
  planId: number,
  years: readonly FiscalYear[],
  actor: Actor,
  municipalityId: number,
  now: Date,
): Promise<void> {
  if (years.length === 0) return;
  const kpis = new Map(planKpis(await loadPlan(trx, planId)).map((k) => [k.code, k]));
  const pending = await listUnapproved(trx, planId);
  for (const year of years) {
    const round = await findRound(trx, planId, year);
    if (round === undefined) continue;
    for (const entry of await listEntries(trx, round.id)) {
      const kpi = kpis.get(entry.code);
      if (entry.state === 'approved' || kpi === undefined) continue;
      const department = entrySlotDepartment(kpi, entry.department);
      const inReview = pending.some(
        (r) => r.code === entry.code && r.fiscalYear === year && r.department === department,
      );
      if (inReview || !hasRecord(kpi, year, department)) continue;
      await setEntryState(trx, entry.id, {
        state: 'approved',
        reopened: false,
        by: actorLabel(actor),
        at: now.toISOString(),
      });
      await audit(
        trx,
        actor,
        [
          {
            action: 'entry.import',
            entity: 'entry',
            municipalityId,
            planId,
            kpiCode: entry.code,
            fiscalYear: year,
            field: entry.department,
            oldValue: entry.state,
            newValue: 'approved',
          },
        ],
        now,
      );
    }
  }
}
