// The database of the round-entries bench: a generated plan whose every KPI has a department
// of its own, its collection round open, and one signed-in editor per department.
import type { DatabaseTarget } from '../src/db/database.ts';
import { createDatabase } from '../src/db/database.ts';
import { insertAccount } from '../src/db/account-repository.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { findMunicipalityByCode } from '../src/db/municipality-repository.ts';
import { writeTransaction } from '../src/db/write-transaction.ts';
import { SYSTEM } from '../src/domain/access.ts';
import type { FiscalYear } from '../src/domain/fiscal-year.ts';
import { fiscalYear } from '../src/domain/fiscal-year.ts';
import { importReport } from '../src/services/import-report.ts';
import { hashPassword } from '../src/services/password.ts';
import { openRound } from '../src/services/rounds.ts';
import { openSession } from '../src/services/sessions.ts';
import { SESSION_COOKIE } from '../src/server/auth/session-plugin.ts';
import { BENCH_MUNICIPALITY, BENCH_PASSWORD } from './bench-accounts.ts';
import { generateReportTsv } from './generate-report.ts';

/** The year the round collects: R6, after the generated table's R3–R5. */
export const ROUND_YEAR: FiscalYear = fiscalYear(2024);

/** One editor of the bench: its KPI (its department's only one) and its signed-in session. */
export interface RoundEditor {
  /** 1-based; also what its saved values start with (see round-editor-loop.ts). */
  readonly index: number;
  readonly code: string;
  readonly department: string;
  readonly cookie: string;
  readonly csrfToken: string;
}

export interface RoundPlan {
  readonly planId: number;
  readonly editors: readonly RoundEditor[];
}

const departmentOf = (n: number): string => `部署${String(n).padStart(3, '0')}課`;

/**
 * Migrates the database at `target`, imports a seeded `count`-KPI plan with `count`
 * departments (KPI n belongs to 部署n課), adds an editor per department, opens the R6 round
 * and a session per editor. The password is hashed once for all accounts and the sessions are
 * opened directly (openSession, as a sign-in does after checking it), so setting up 200
 * editors does not cost 200 scrypt hashes.
 */
export async function prepareRoundPlan(target: DatabaseTarget, count: number): Promise<RoundPlan> {
  const handle = createDatabase(target);
  try {
    await migrateToLatest(handle);
    const { planId } = await importReport(
      handle,
      {
        file: `generated-${count}-departments.tsv`,
        bytes: new TextEncoder().encode(generateReportTsv(count, 20240, departmentOf)),
        planName: 'ベンチマーク照会計画',
        createPlan: true,
        publish: true,
        municipality: BENCH_MUNICIPALITY,
      },
      SYSTEM,
      new Date(),
    );
    const municipality = await findMunicipalityByCode(handle.db, BENCH_MUNICIPALITY.code);
    if (!municipality) throw new Error('the import made no municipality');
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const createdAt = new Date().toISOString();
    const accounts = await writeTransaction(handle, async (trx) => {
      const added = [];
      for (let n = 1; n <= count; n += 1) {
        added.push(
          await insertAccount(trx, {
            municipalityId: municipality.id,
            email: `editor-${n}@bench.example.jp`,
            name: `編集者${n}`,
            role: 'editor',
            departments: [departmentOf(n)],
            passwordHash,
            createdAt,
          }),
        );
      }
      return added;
    });
    await openRound(
      handle,
      { planId, fiscalYear: ROUND_YEAR, dueDate: '2025-05-31' },
      SYSTEM,
      new Date(),
    );
    const codes = await handle.db
      .selectFrom('kpis')
      .innerJoin('kpi_departments', 'kpi_departments.kpi_id', 'kpis.id')
      .innerJoin('departments', 'departments.id', 'kpi_departments.department_id')
      .select(['kpis.code', 'departments.name'])
      .where('kpis.plan_id', '=', planId)
      .execute();
    const codeOf = new Map(codes.map((row) => [row.name, row.code]));
    const editors: RoundEditor[] = [];
    for (const [i, account] of accounts.entries()) {
      const department = departmentOf(i + 1);
      const code = codeOf.get(department);
      if (code === undefined) throw new Error(`no KPI of ${department}`);
      const session = await openSession(handle, account, '127.0.0.1', new Date());
      editors.push({
        index: i + 1,
        code,
        department,
        cookie: `${SESSION_COOKIE}=${session.token}`,
        csrfToken: session.csrfToken,
      });
    }
    return { planId, editors };
  } finally {
    await handle.destroy();
  }
}
