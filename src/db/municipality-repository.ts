import type { Kysely } from 'kysely';
import type { Municipality } from './records.ts';
import type { Database } from './tables.ts';

const LOCAL_GOVERNMENT_CODE = /^\d{6}$/;

/**
 * Finds the municipality with this local government code, creating it when missing
 * (the name is only used then).
 * @example await ensureMunicipality(trx, { code: '052078', name: '湯沢市' })
 */
export async function ensureMunicipality(
  trx: Kysely<Database>,
  input: { readonly code: string; readonly name: string },
): Promise<Municipality> {
  if (!LOCAL_GOVERNMENT_CODE.test(input.code)) {
    throw new RangeError(`a local government code has 6 digits: ${input.code}`);
  }
  await trx
    .insertInto('municipalities')
    .values({ code: input.code, name: input.name })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  const found = await findMunicipalityByCode(trx, input.code);
  if (found === undefined) throw new Error(`municipality ${input.code} vanished`);
  return found;
}

export async function findMunicipalityByCode(
  db: Kysely<Database>,
  code: string,
): Promise<Municipality | undefined> {
  return db
    .selectFrom('municipalities')
    .select(['id', 'code', 'name'])
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function findMunicipalityById(
  db: Kysely<Database>,
  id: number,
): Promise<Municipality | undefined> {
  return db
    .selectFrom('municipalities')
    .select(['id', 'code', 'name'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listMunicipalities(db: Kysely<Database>): Promise<Municipality[]> {
  return db.selectFrom('municipalities').select(['id', 'code', 'name']).orderBy('code').execute();
}
