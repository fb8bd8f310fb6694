import type { Kysely } from 'kysely';
import { saveNarrative, saveYearFigure } from '../db/figure-repository.ts';
import type { Database } from '../db/tables.ts';
import { findKpiId } from '../db/plan-repository.ts';
import { NotFoundError } from '../db/errors.ts';
import { lockPlan } from '../db/plan-lock.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import type { FigureState } from '../db/records.ts';
import type { Figure } from '../domain/figure.ts';
import { parseFigureText } from '../domain/figure-text.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import type { Actor } from './actor.ts';
import { authorizeWrite } from './actor.ts';
import type { Store } from './database-handle.ts';
import { ValidationError } from './service-errors.ts';

export interface FigureEntry {
  readonly planId: number;
  readonly code: string;
  readonly fiscalYear: FiscalYear;
  readonly department: string | null;
  /** The figure as a person types it: "1,234", "2(1)", "-", "8.39". */
  readonly value: string;
  readonly expectedVersion: number;
  readonly state?: FigureState;
}

export interface NarrativeEntry {
  readonly planId: number;
  readonly code: string;
  readonly fiscalYear: FiscalYear;
  readonly department: string | null;
  readonly text: string;
  readonly expectedVersion: number;
  readonly state?: FigureState;
}

/** Reads a typed figure or refuses it naming the field; a blank entry is not a figure. */
export function parseEntryValue(value: string): Figure {
  const parsed = parseFigureText(value);
  if (!parsed)
    throw new ValidationError(
      'value',
      `not a figure: "${value}" (e.g. 1,234 or 8.39 or 2(1) or -)`,
    );
  return parsed.figure;
}

async function kpiIdOf(db: Kysely<Database>, planId: number, code: string): Promise<number> {
  const id = await findKpiId(db, planId, code);
  if (id === undefined) throw new NotFoundError('KPI', code);
  return id;
}

/**
 * Enters one yearly figure for a KPI (or one of its departments), refused with a conflict
 * when someone saved since the editor read version `expectedVersion`.
 */
export async function enterFigure(store: Store, entry: FigureEntry, actor: Actor) {
  authorizeWrite(actor);
  const figure = parseEntryValue(entry.value);
  return writeTransaction(store, async (trx) => {
    await lockPlan(trx, store.kind, entry.planId);
    return saveYearFigure(trx, {
      kpiId: await kpiIdOf(trx, entry.planId, entry.code),
      fiscalYear: entry.fiscalYear,
      department: entry.department,
      figure,
      expectedVersion: entry.expectedVersion,
      ...(entry.state ? { state: entry.state } : {}),
    });
  });
}

/** Enters the year's narrative (取組内容) of a KPI, with the same version rule. */
export async function enterNarrative(store: Store, entry: NarrativeEntry, actor: Actor) {
  authorizeWrite(actor);
  const text = entry.text.trim();
  if (text === '') throw new ValidationError('text', 'a narrative cannot be empty');
  return writeTransaction(store, async (trx) => {
    await lockPlan(trx, store.kind, entry.planId);
    return saveNarrative(trx, {
      kpiId: await kpiIdOf(trx, entry.planId, entry.code),
      fiscalYear: entry.fiscalYear,
      department: entry.department,
      text,
      expectedVersion: entry.expectedVersion,
      ...(entry.state ? { state: entry.state } : {}),
    });
  });
}
