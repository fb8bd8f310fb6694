import type { Kysely } from 'kysely';
import type { PlanSummary, FigureState } from '../db/records.ts';
import { findRoundAndEntryOfSlot, setEntryState } from '../db/round-repository.ts';
import type { Database } from '../db/tables.ts';
import type { Actor } from '../domain/access.ts';
import { actorLabel, writesEntryOf, writesOutsideRounds } from '../domain/access.ts';
import { entryMove } from '../domain/entry-state.ts';
import { slotOwner } from '../domain/entry-slot.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import { audit } from './audit.ts';
import { EntryStateError } from './round-errors.ts';
import { ForbiddenError } from './service-errors.ts';

/**
 * Whether a figure or narrative may be saved into its year, and in which state: during an open
 * round it is a draft of its entry (which moves to draft, logged); after the round closed the
 * year is locked unless an admin reopened the entry; with no round at all, only an admin
 * writes (an editor enters figures when asked, in a round). Called inside the save's own
 * transaction, after the access check.
 */
export async function admitEntrySave(
  trx: Kysely<Database>,
  actor: Actor,
  where: {
    plan: PlanSummary;
    kpiId: number;
    code: string;
    /** The KPI's departments, its first (主担当) first, and their ids. */
    departments: readonly string[];
    departmentIds: ReadonlyMap<string, number>;
    fiscalYear: FiscalYear;
    department: string | null;
  },
  now: Date,
): Promise<FigureState> {
  const year = formatFiscalYear(where.fiscalYear);
  const found = await findRoundAndEntryOfSlot(trx, where.plan.id, where.fiscalYear, {
    kpiId: where.kpiId,
    owner: ownerOf(where, where.department),
  });
  if (found === undefined) {
    if (!writesOutsideRounds(actor)) {
      throw new ForbiddenError(
        `${year}の照会は開始されていません。企画課が照会を開始すると入力できます (no round is open for ${year})`,
      );
    }
    return 'draft';
  }
  const { round, entry } = found;
  if (entry === undefined) {
    if (round.state === 'closed') {
      throw new EntryStateError(
        `${year}は締め切られています (the round for ${year} is closed)`,
        null,
        true,
      );
    }
    return 'draft';
  }
  // The KPI's own row belongs to its first department's entry: another department's editor
  // enters its own row of the breakdown (⑰ 上下水道課), not the row another entry owns.
  if (!writesEntryOf(actor, entry.department)) {
    throw new ForbiddenError(
      `${where.code}の合計行は${entry.department}が入力します。自課の行に入力してください (the KPI's own row is ${entry.department}'s entry)`,
    );
  }
  const unlocked = round.state === 'open' || entry.reopened;
  const result = entryMove(entry, { kind: 'save' }, { unlocked });
  if (result.kind === 'refused') {
    throw new EntryStateError(
      `${where.code} ${entry.department} ${year}: ${result.reason}`,
      entry.state,
      !unlocked,
    );
  }
  const { move } = result;
  if (move.to !== entry.state) {
    const at = now.toISOString();
    await setEntryState(trx, entry.id, {
      state: move.to,
      reopened: move.reopened,
      by: actorLabel(actor),
      at,
    });
    await audit(
      trx,
      actor,
      [
        {
          action: 'entry.save',
          entity: 'entry',
          municipalityId: where.plan.municipalityId,
          planId: where.plan.id,
          kpiCode: where.code,
          fiscalYear: where.fiscalYear,
          field: entry.department,
          oldValue: entry.state,
          newValue: move.to,
        },
      ],
      now,
    );
  }
  return 'draft';
}

/**
 * The department whose entry a row of a KPI belongs to, with its id (slotOwner); undefined
 * when the KPI has no such department.
 */
export function ownerOf(
  kpi: {
    readonly departments: readonly string[];
    readonly departmentIds: ReadonlyMap<string, number>;
  },
  slot: string | null,
): { readonly name: string; readonly id: number } | undefined {
  const name = slotOwner(kpi.departments, slot);
  const id = name === undefined ? undefined : kpi.departmentIds.get(name);
  return name === undefined || id === undefined ? undefined : { name, id };
}
