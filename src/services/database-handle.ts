import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../db/database.ts';
import type { Database } from '../db/tables.ts';

/** What a service needs of the database: the query builder and which engine it is. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseKind;
}
