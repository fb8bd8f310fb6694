import { saveNarrative, saveYearFigure } from '../db/figure-repository.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import type { FigureState } from '../db/records.ts';
import type { Figure } from '../domain/figure.ts';
import { formatFigureText } from '../domain/figure.ts';
import { parseFigureText } from '../domain/figure-text.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import type { Actor } from '../domain/access.ts';
import type { EntryPlace } from './access.ts';
import { requireEntry } from './access.ts';
import { audit } from './audit.ts';
import { admitEntrySave } from './round-entry-save.ts';
import type { Store } from './database-handle.ts';
import { ValidationError } from './service-errors.ts';

export interface FigureEntry {
  readonly planId: number;
  readonly code: string;
  readonly fiscalYear: FiscalYear;
  readonly department: string | null;
  /** The figure as a person types it: "1,234", "2(1)", "-", "8.39". */
  readonly value: string;
  /** The year's figure (default), or the printed cumulative figure (累計) of the year. */
  readonly series?: 'actual' | 'cumulative';
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

/**
 * The slot's department id as the access check found it (null: the KPI's own row); undefined
 * when it is not one of the KPI's, which the save then looks up and refuses (404).
 */
const departmentIdOf = (place: EntryPlace, department: string | null) =>
  department === null ? null : place.departmentIds.get(department);

/**
 * Enters one yearly figure for a KPI (or one of its departments), refused with a conflict
 * when someone saved since the editor read version `expectedVersion`.
 */
export async function enterFigure(store: Store, entry: FigureEntry, actor: Actor, now: Date) {
  const figure = parseEntryValue(entry.value);
  return writeTransaction(store, async (trx) => {
    const place = await requireEntry(trx, actor, entry, { lockPlanOn: store.kind });
    const { plan, kpiId } = place;
    // The round's rules hold whatever state a caller names (a locked year stays locked).
    const state = entry.state ?? (await admitEntrySave(trx, actor, { ...entry, ...place }, now));
    const series = entry.series ?? 'actual';
    return saveYearFigure(
      trx,
      {
        kpiId,
        series,
        fiscalYear: entry.fiscalYear,
        department: entry.department,
        figure,
        expectedVersion: entry.expectedVersion,
        state,
        now: now.toISOString(),
      },
      {
        departmentId: departmentIdOf(place, entry.department),
        beforeRevision: (before) =>
          audit(
            trx,
            actor,
            [
              {
                action: 'figure.enter',
                entity: 'figure',
                municipalityId: plan.municipalityId,
                planId: plan.id,
                kpiCode: entry.code,
                fiscalYear: entry.fiscalYear,
                field:
                  series === 'cumulative'
                    ? `cumulative${entry.department === null ? '' : `:${entry.department}`}`
                    : (entry.department ?? 'actual'),
                oldValue: before,
                newValue: formatFigureText(figure),
              },
            ],
            now,
          ),
      },
    );
  });
}

/** Enters the year's narrative (取組内容) of a KPI, with the same version rule. */
export async function enterNarrative(store: Store, entry: NarrativeEntry, actor: Actor, now: Date) {
  const text = entry.text.trim();
  if (text === '') throw new ValidationError('text', 'a narrative cannot be empty');
  return writeTransaction(store, async (trx) => {
    const place = await requireEntry(trx, actor, entry, { lockPlanOn: store.kind });
    const { plan, kpiId } = place;
    // The round's rules hold whatever state a caller names (a locked year stays locked).
    const state = entry.state ?? (await admitEntrySave(trx, actor, { ...entry, ...place }, now));
    return saveNarrative(
      trx,
      {
        kpiId,
        fiscalYear: entry.fiscalYear,
        department: entry.department,
        text,
        expectedVersion: entry.expectedVersion,
        state,
        now: now.toISOString(),
      },
      {
        departmentId: departmentIdOf(place, entry.department),
        beforeRevision: (before) =>
          audit(
            trx,
            actor,
            [
              {
                action: 'narrative.enter',
                entity: 'narrative',
                municipalityId: plan.municipalityId,
                planId: plan.id,
                kpiCode: entry.code,
                fiscalYear: entry.fiscalYear,
                field: entry.department ?? 'narrative',
                oldValue: before,
                newValue: text,
              },
            ],
            now,
          ),
      },
    );
  });
}
