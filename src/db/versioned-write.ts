import type { Kysely } from 'kysely';
import { approvedTextAfter } from './approved-copy.ts';
import { ConflictError } from './errors.ts';
import type { FigureColumns } from './columns.ts';
import type { FigureState } from './records.ts';
import type { Database } from './tables.ts';

/** The tables of a plan's entered records: yearly figures and narratives. */
type RecordTable = 'year_figures' | 'narratives';

/** What a record's content is, by table. */
type RecordContent<T extends RecordTable> = T extends 'year_figures'
  ? FigureColumns
  : { readonly text: string };

/** A stored record as a write finds it: its version, review state and text. */
export interface StoredRecord {
  readonly id: number;
  readonly version: number;
  readonly state: FigureState;
  /** The record's text as shown (a figure formatted, a narrative as written). */
  readonly text: string;
  readonly approved_text: string | null;
}

/**
 * The columns a new record starts with: version 1, the state it is written in. The one rule
 * of both writers, the single edit (figure-repository.ts) and the bulk merge of an import
 * (kpi-rows-writer.ts).
 */
export function firstVersion<C extends object>(
  content: C,
  state: FigureState,
  now: string,
): C & { state: FigureState; version: number; updated_at: string } {
  return { ...content, state, version: 1, updated_at: now };
}

/**
 * Writes new content over a stored record, only if it is still at the version read: the
 * version goes up by one, the state is the one given, the published text is kept aside while
 * the record is no longer approved (approved-copy.ts). False when someone wrote it in between,
 * and nothing was changed. The one rule of both writers.
 */
export async function writeNextVersion<T extends RecordTable>(
  trx: Kysely<Database>,
  table: T,
  before: StoredRecord,
  content: RecordContent<T>,
  state: FigureState,
  now: string,
): Promise<boolean> {
  const result = await trx
    .updateTable(table as RecordTable)
    .set({
      ...(content as object),
      approved_text: approvedTextAfter(
        { state: before.state, text: before.text, approvedText: before.approved_text },
        state,
      ),
      state,
      version: before.version + 1,
      updated_at: now,
    })
    .where('id', '=', before.id)
    .where('version', '=', before.version)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** How a versioned write reads, inserts and updates its one record. */
export interface VersionedRecordAccess {
  /** The stored record's id and version; undefined when there is none. */
  readonly current: () => Promise<{ id: number; version: number } | undefined>;
  /** Inserts version 1; undefined when a concurrent insert won (ON CONFLICT DO NOTHING). */
  readonly insert: () => Promise<number | undefined>;
  /** Updates only the version read; false when someone wrote it in between. */
  readonly update: () => Promise<boolean>;
}

/**
 * Writes one record under optimistic concurrency: insert when expecting none (version 0),
 * else update only the version the writer read. Anything else is a ConflictError naming
 * `what` and both versions, and the stored record is left as it was. Returns the record's id.
 * The one rule of every versioned record: figures, narratives, evaluations.
 */
export async function writeAtVersion(
  what: string,
  expectedVersion: number,
  access: VersionedRecordAccess,
): Promise<number> {
  const refuse = (actual: number) =>
    new ConflictError(
      `${what} is at version ${actual}, not ${expectedVersion}: someone saved it first`,
      expectedVersion,
      actual,
    );
  const stored = await access.current();
  if ((stored?.version ?? 0) !== expectedVersion) throw refuse(stored?.version ?? 0);
  const id =
    stored === undefined ? await access.insert() : (await access.update()) ? stored.id : undefined;
  if (id === undefined) throw refuse((await access.current())?.version ?? 0);
  return id;
}
