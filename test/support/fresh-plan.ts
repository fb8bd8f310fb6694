import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { ensureMunicipality } from '../../src/db/municipality-repository.ts';
import { savePlan } from '../../src/db/plan-writer.ts';
import { publishInTransaction } from '../../src/services/publication.ts';
import type { Municipality } from '../../src/db/records.ts';
import type { Database } from '../../src/db/tables.ts';
import type { Plan } from '../../src/domain/model.ts';
import { planFiscalYears } from '../../src/domain/model.ts';
import { readReportFile } from '../../src/io/read-report-file.ts';
import type { Store } from '../../src/services/database-handle.ts';
import { DEMO_PLAN_NAME } from '../../src/services/demo-data.ts';
import type { MemberInput, MemberSession } from './sessions.ts';
import { memberSession } from './sessions.ts';

/*
 * A test's own data: a municipality no other test uses and the demo plan in it, written
 * straight through the repositories (no import worker), so that every test can afford its own
 * and none depends on what an earlier one left in the shared database.
 */

const SAMPLE = new URL('../../sample/yuzawa-r5-kpi-report.tsv', import.meta.url);

let lastCode = 100000;

/** A 6-digit local government code no other test of this file has used (not 052078). */
export function uniqueMunicipalityCode(): string {
  lastCode += 1;
  return String(lastCode);
}

/** A new municipality with a code of its own. */
export async function freshMunicipality(
  db: Kysely<Database>,
  name = '湯沢市',
): Promise<Municipality> {
  return ensureMunicipality(db, { code: uniqueMunicipalityCode(), name });
}

let demo: Promise<Plan> | undefined;

/** The demo plan as the importer reads the bundled Yuzawa R5 table; read once per test file. */
export function demoPlan(): Promise<Plan> {
  demo ??= readFile(SAMPLE).then(
    async (bytes) =>
      (await readReportFile('yuzawa-r5-kpi-report.tsv', bytes, { planName: DEMO_PLAN_NAME })).plan,
  );
  return demo;
}

export interface FreshPlanOptions {
  /** The plan to write (default: the demo plan, its 20 KPIs and R3–R5 figures). */
  readonly plan?: Plan;
  /** Publish the years it holds, as an imported published report is (default true). */
  readonly publish?: boolean;
}

/**
 * Writes a plan into a municipality as `mieruka import` of a published report leaves it:
 * figures and narratives approved, its years published. Returns the plan's id.
 */
export async function freshPlan(
  db: Kysely<Database>,
  municipality: Municipality,
  { plan, publish = true }: FreshPlanOptions = {},
): Promise<number> {
  const written = plan ?? (await demoPlan());
  return db.transaction().execute(async (trx) => {
    const { planId } = await savePlan(trx, municipality.id, written, {
      now: new Date().toISOString(),
    });
    if (publish) {
      const at = new Date().toISOString();
      for (const fiscalYear of planFiscalYears(written)) {
        await publishInTransaction(trx, { planId, fiscalYear, by: 'system', at });
      }
    }
    return planId;
  });
}

/** A test's own municipality and plan, and its members signed in on demand. */
export interface Tenant {
  readonly municipality: Municipality;
  readonly planId: number;
  readonly planName: string;
  /** A new account of this municipality with a session (cookie and CSRF token). */
  member(input: MemberInput): Promise<MemberSession>;
}

/**
 * The usual first line of an integration test: a fresh municipality holding the demo plan
 * (or the plan given), members made on demand.
 * @example const { planId, member } = await freshTenant(getHandle());
 * const admin = (await member({ role: 'admin' })).headers;
 */
export async function freshTenant(store: Store, options: FreshPlanOptions = {}): Promise<Tenant> {
  const municipality = await freshMunicipality(store.db);
  const planId = await freshPlan(store.db, municipality, options);
  return {
    municipality,
    planId,
    planName: options.plan?.name ?? DEMO_PLAN_NAME,
    member: (input) => memberSession(store, municipality, input),
  };
}
