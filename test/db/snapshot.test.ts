import {
  insertDepartment,
  listDepartmentRecords,
  mergeDepartmentRows,
  renameDepartmentRow,
} from '../../src/db/department-repository.ts';
import { appendKpiChange } from '../../src/db/kpi-change-repository.ts';
import { insertContinuations } from '../../src/db/kpi-continuation-repository.ts';
import { appendTreeRename } from '../../src/db/tree-rename-repository.ts';
import { describe, expect, it } from 'vitest';
import { decimal } from '../../src/domain/decimal.ts';
import { figureOf } from '../../src/domain/figure.ts';
import { fiscalYear } from '../../src/domain/fiscal-year.ts';
import type { DatabaseHandle, DatabaseKind } from '../../src/db/database.ts';
import { SnapshotError } from '../../src/db/errors.ts';
import { saveYearFigure } from '../../src/db/figure-repository.ts';
import { ensureMunicipality } from '../../src/db/municipality-repository.ts';
import { findKpiId, findPlanByName, loadPlan } from '../../src/db/plan-repository.ts';
import { savePlan } from '../../src/db/plan-writer.ts';
import { insertAccount } from '../../src/db/account-repository.ts';
import { appendAudit } from '../../src/db/audit-repository.ts';
import { enqueueMessages } from '../../src/db/outbox-repository.ts';
import { addPublicationEvents, publishYear } from '../../src/db/publication-repository.ts';
import { saveImportMapping } from '../../src/db/import-mapping-repository.ts';
import { addEntryComment, insertRound, listEntries } from '../../src/db/round-repository.ts';
import { yearEvent } from '../../src/domain/publication-notice.ts';
import { exportSnapshot, importSnapshot } from '../../src/db/snapshot.ts';
import { saveEvaluation, saveEvaluationScheme } from '../../src/db/evaluation-repository.ts';
import { DEFAULT_EVALUATION_SCHEME } from '../../src/domain/evaluation.ts';
import { createTestDatabase, databaseUnavailable } from '../support/databases.ts';
import { yuzawaPlan } from '../support/yuzawa-plan.ts';

const PAIRS: [DatabaseKind, DatabaseKind][] = [
  ['sqlite', 'postgres'],
  ['postgres', 'sqlite'],
  ['sqlite', 'sqlite'],
  ['postgres', 'postgres'],
];

async function withDatabases(
  kinds: DatabaseKind[],
  body: (...handles: DatabaseHandle[]) => Promise<void>,
): Promise<void> {
  const handles: DatabaseHandle[] = [];
  try {
    for (const kind of kinds) handles.push(await createTestDatabase(kind));
    await body(...handles);
  } finally {
    await Promise.all(handles.map((handle) => handle.destroy()));
  }
}

/** The Yuzawa plan with ⑰ 総務課 R5 edited once (version 2); returns the plan id. */
async function seed({ db }: DatabaseHandle): Promise<number> {
  const city = await ensureMunicipality(db, { code: '052078', name: '湯沢市' });
  const { planId } = await db
    .transaction()
    .execute((trx) => savePlan(trx, city.id, yuzawaPlan(), { now: new Date().toISOString() }));
  const kpiId = await findKpiId(db, planId, '⑰');
  if (kpiId === undefined) throw new Error('no ⑰');
  await saveYearFigure(db, {
    kpiId,
    fiscalYear: fiscalYear(2023),
    department: '総務課',
    figure: figureOf(decimal('1')),
    expectedVersion: 1,
    state: 'approved',
    now: '2024-05-01T00:00:00.000Z',
  });
  // A round with its entries and a comment, the outbox and the public's events: every table.
  const { round } = await insertRound(db, {
    planId,
    fiscalYear: fiscalYear(2024),
    dueDate: '2025-05-31',
    by: 'planning@example.jp',
    at: '2025-04-01T00:00:00.000Z',
  });
  const [entry] = await listEntries(db, round.id, { code: '⑰', departments: ['総務課'] });
  if (!entry) throw new Error('no entry');
  await addEntryComment(db, entry.id, {
    at: '2025-04-02T00:00:00.000Z',
    author: 'planning@example.jp',
    kind: 'return',
    text: '内訳をご確認ください',
    returnedWith: { figure: '1', cumulative: null, narrative: '訓練を行った' },
  });
  await enqueueMessages(
    db,
    [
      {
        municipalityId: city.id,
        roundId: round.id,
        kind: 'round.open',
        recipient: 'soumu@example.jp',
        subject: '照会',
        body: '入力をお願いします',
        sendAfter: '2025-04-01T00:00:00.000Z',
      },
      {
        municipalityId: city.id,
        roundId: null,
        entryId: entry.id,
        kind: 'entry.returned',
        recipient: 'soumu@example.jp',
        subject: '【差戻し】',
        body: '内訳をご確認ください',
        sendAfter: '2025-04-02T00:00:00.000Z',
      },
    ],
    '2025-04-01T00:00:00.000Z',
  );
  const account = await insertAccount(db, {
    municipalityId: city.id,
    email: 'soumu@example.jp',
    name: '総務課 担当',
    role: 'editor',
    departments: ['総務課'],
    // Shaped as stored (scrypt$N$r$p$salt$hash), though no password gives it.
    passwordHash:
      'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB',
    createdAt: '2025-03-01T00:00:00.000Z',
  });
  await appendAudit(db, [
    {
      at: '2025-03-01T00:00:00.000Z',
      municipalityId: city.id,
      accountId: account.id,
      actor: 'soumu@example.jp',
      address: '127.0.0.1',
      action: 'session.sign_in',
      planId: null,
      entity: 'session',
      kpiCode: null,
      fiscalYear: null,
      field: null,
      oldValue: null,
      newValue: null,
    },
  ]);
  await publishYear(db, {
    planId,
    fiscalYear: fiscalYear(2023),
    by: 'planning',
    at: '2025-06-01T00:00:00.000Z',
  });
  await addPublicationEvents(db, planId, [
    yearEvent('publish', fiscalYear(2023), '2024-06-01T00:00:00.000Z'),
  ]);
  await saveImportMapping(db, planId, 'a'.repeat(64), {
    columnRoles: [{ column: 5, role: 'actual' }],
    fiscalYearOffset: 0,
    savedBy: 'planning@example.jp',
    savedAt: '2024-06-01T00:00:00.000Z',
  });
  // The plan's life: ⑰ retired from R7.
  await appendKpiChange(
    db,
    { planId, kpiId },
    {
      kind: 'retire',
      fromYear: fiscalYear(2025),
      definition: null,
      replacedBy: null,
      reason: '中間見直し',
      by: 'planning@example.jp',
      at: '2025-03-01T00:00:00.000Z',
    },
  );
  // A department renamed from R9 (機構改革): 総務課 was 総務部 before.
  const [department] = await listDepartmentRecords(db, city.id);
  await renameDepartmentRow(db, city.id, {
    departmentId: department!.id,
    fromYear: fiscalYear(2027),
    oldName: '旧' + department!.name,
    newName: department!.name,
    reason: '機構改革',
    by: 'planning@example.jp',
    at: '2025-03-01T00:00:00.000Z',
  });
  // A department no KPI names merged into another from R9, and a KPI's departments before a
  // merge (as one of a merged department's KPIs keeps them).
  const [first] = await listDepartmentRecords(db, city.id);
  const leaving = await insertDepartment(db, city.id, '旧総務部');
  await mergeDepartmentRows(
    db,
    city.id,
    {
      departmentId: leaving,
      intoId: first!.id,
      fromYear: fiscalYear(2027),
      reason: '機構改革',
      by: 'planning@example.jp',
      at: '2025-03-01T00:00:00.000Z',
    },
    { merged: '旧総務部', into: first!.name },
  );
  await db
    .insertInto('kpi_department_moves')
    .values({
      kpi_id: kpiId,
      from_year: 2027,
      departments_before: JSON.stringify([first!.name]),
      reason: '機構改革',
      actor: 'planning@example.jp',
      at: '2025-03-01T00:00:00.000Z',
    })
    .execute();
  // The KPI moved to another theme program from R9 (where it stood before kept).
  await db
    .insertInto('kpi_theme_moves')
    .values({
      kpi_id: kpiId,
      from_year: 2027,
      policy_before: '1',
      theme_before: '1',
      after_before: null,
      reason: '中間見直し',
      actor: 'planning@example.jp',
      at: '2025-03-01T00:00:00.000Z',
    })
    .execute();
  // Basic policy 1 renamed from R7 at the mid-term review.
  await appendTreeRename(db, planId, {
    policyNumber: '1',
    themeNumber: null,
    fromYear: fiscalYear(2025),
    oldName: '旧方針',
    newName: '新方針',
    reason: '中間見直し',
    by: 'planning@example.jp',
    at: '2025-03-01T00:00:00.000Z',
  });
  // ⑱ continuing ⑰ (as a next plan's KPI continues the plan before's).
  const kpiIds = await db
    .selectFrom('kpis')
    .select(['id', 'code'])
    .where('plan_id', '=', planId)
    .execute();
  const idOf = (code: string) => kpiIds.find((k) => k.code === code)!.id;
  await insertContinuations(db, [{ kpiId: idOf('⑱'), fromKpiId: idOf('⑰') }]);
  // ⑰'s evaluation of R5 (issue 21) under a scheme of the plan's own.
  await saveEvaluation(
    db,
    {
      kpiId,
      fiscalYear: fiscalYear(2023),
      level: 'second',
      grade: 'B',
      text: '一部の部署で遅れがある',
      direction: null,
      author: 'planning@example.jp',
      expectedVersion: 0,
      now: '2024-05-02T00:00:00.000Z',
    },
    async () => {},
  );
  await saveEvaluationScheme(db, {
    planId,
    scheme: { ...DEFAULT_EVALUATION_SCHEME, published: ['final'] },
    expectedVersion: 0,
    by: 'planning@example.jp',
    now: '2024-05-02T00:00:00.000Z',
  });
  return planId;
}

const needsPostgres = (kinds: DatabaseKind[]) => kinds.some(databaseUnavailable);

describe.each(PAIRS)('a snapshot from %s restored into %s', (from, to) => {
  it.skipIf(needsPostgres([from, to]))('gives the same plan and the same rows', async () => {
    await withDatabases([from, to], async (source, target) => {
      if (!source || !target) throw new Error('no databases');
      const planId = await seed(source);
      const snapshot = await exportSnapshot(source.db);
      // Through JSON, as a backup file would be.
      await importSnapshot(target, JSON.parse(JSON.stringify(snapshot)));
      expect(await loadPlan(target.db, planId)).toEqual(await loadPlan(source.db, planId));
      expect(await loadPlan(target.db, planId)).toEqual(yuzawaPlan());
      expect(await exportSnapshot(target.db)).toEqual(snapshot);
      for (const [table, rows] of Object.entries(snapshot.tables)) {
        expect(rows.length, `${table} has rows to restore`).toBeGreaterThan(0);
      }
      // New rows get fresh ids after the restored ones.
      const other = await ensureMunicipality(target.db, { code: '052019', name: '横手市' });
      const saved = await target.db
        .transaction()
        .execute((trx) =>
          savePlan(
            trx,
            other.id,
            { ...yuzawaPlan(), name: '横手市の計画' },
            { now: new Date().toISOString() },
          ),
        );
      expect(saved.planId).toBeGreaterThan(planId);
      expect(await findPlanByName(target.db, other.id, '横手市の計画')).toBeDefined();
    });
  });
});

describe.each(['sqlite', 'postgres'] as const)('restoring on %s', (kind) => {
  it.skipIf(needsPostgres([kind]))(
    'refuses a database that has data, leaving it as it was',
    async () => {
      await withDatabases([kind], async (database) => {
        if (!database) throw new Error('no database');
        await seed(database);
        const before = await exportSnapshot(database.db);
        await expect(importSnapshot(database, before)).rejects.toThrow(SnapshotError);
        await expect(importSnapshot(database, before)).rejects.toThrow(
          /municipalities is not empty/,
        );
        expect(await exportSnapshot(database.db)).toEqual(before);
      });
    },
  );

  it.skipIf(needsPostgres([kind]))(
    'refuses a file that is not a snapshot, naming where',
    async () => {
      await withDatabases([kind], async (database) => {
        if (!database) throw new Error('no database');
        await expect(importSnapshot(database, { format: 'other' })).rejects.toThrow(/format/);
        const source = await exportSnapshot(database.db);
        const broken = { ...source, tables: { ...source.tables, kpis: [{ id: 1 }] } };
        await expect(importSnapshot(database, broken)).rejects.toThrow(/tables\.kpis\.0/);
      });
    },
  );
});
