import { EntryOverwriteError } from '../db/errors.ts';
import { describeOverwrite, findEntryOverwrites } from '../db/import-overwrites.ts';
import { lockPlan } from '../db/plan-lock.ts';
import type { Kysely } from 'kysely';
import { findKpiId, findPlanByName, listPlans, loadPlan } from '../db/plan-repository.ts';
import { appendKpiChange, listKpiChanges } from '../db/kpi-change-repository.ts';
import { listPublications } from '../db/publication-repository.ts';
import type { DatedImport } from '../domain/import-life.ts';
import { datedImport } from '../domain/import-life.ts';
import { withDepartmentsOfYear } from '../domain/department-merges.ts';
import { withThemesOfYear } from '../domain/kpi-theme-moves.ts';
import { appendKpiThemeMove, listKpiThemeMoves } from '../db/kpi-theme-move-repository.ts';
import { withCurrentNames, withNamesOfYear } from '../domain/department-names.ts';
import {
  appendKpiDepartmentMove,
  listDepartmentRenames,
  listDepartmentRecords,
  listKpiDepartmentMoves,
} from '../db/department-repository.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import type { Plan } from '../domain/model.ts';
import { PublishedYearError } from './service-errors.ts';
import type { Database } from '../db/tables.ts';
import { ValidationError } from './service-errors.ts';
import { savePlan } from '../db/plan-writer.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import { actorLabel } from '../domain/access.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { planFiscalYears } from '../domain/model.ts';
import { ImportError } from '../io/import-problem.ts';
import type { CompleteReport, ImportedReport } from '../io/imported-report.ts';
import { requireComplete } from '../io/report-table/missing-role.ts';
import { findMunicipalityByCode } from '../db/municipality-repository.ts';
import type { ColumnRoleOverride } from '../domain/column-role-name.ts';
import { readWithMapping, saveConfirmedMapping } from './import-mapping.ts';
import type { Actor } from '../domain/access.ts';
import type { ImportResultView } from '../domain/api-contract.ts';
import { requireMunicipalityChange } from './access.ts';
import { audit } from './audit.ts';
import { publicationBlocker, publishInTransaction } from './publication.ts';
import { requireUnlockedYears, settleImportedEntries } from './import-rounds.ts';
import type { Store } from './database-handle.ts';

export interface ImportReportInput {
  readonly file: string;
  /** Handed to the reader's worker (readReportInWorker): detached once read; hashed there. */
  readonly bytes: Uint8Array;
  readonly planName: string;
  readonly fiscalYear?: FiscalYear;
  readonly municipality: { readonly code: string; readonly name: string };
  /**
   * Replace figures and narratives a department entered that are not approved yet, when the
   * file says otherwise; without it such an import is refused with the list (EntryOverwriteError).
   */
  readonly overwrite?: boolean;
  /**
   * Publish the years the file has figures for. Default: into an existing plan yes (they come
   * from a published report); into a plan this import creates no, until the admin says so.
   */
  readonly publish?: boolean;
  /**
   * Create the plan when the municipality has none of that name. Without it such an import is
   * refused naming the plans there are, so a typo in the name never starts a new plan.
   */
  readonly createPlan?: boolean;
  /**
   * Import a file whose reading raised problems (a unit that differs, a missing baseline):
   * without it such an import is refused, naming the first problem's row and column.
   */
  readonly acceptProblems?: boolean;
  /**
   * Column roles the admin confirmed on the import page: read with, and saved with the plan as
   * the mapping for files of this shape. Without them a saved mapping for the shape applies.
   */
  readonly columnRoles?: readonly ColumnRoleOverride[];
  /** Of a workbook, the worksheet to read; else the first with content. */
  readonly sheet?: string;
}

/** What an import did: the same shape the HTTP API answers (POST /api/imports). */
export type ImportReportResult = ImportResultView;

const more = (count: number, what: string) => (count > 1 ? ` (and ${count - 1} more ${what})` : '');

/**
 * Refuses a report lacking a role (no column of actuals, no year: whatever is accepted), with a
 * cell it could not place or, unless accepted, a problem.
 */
function requirePlacedAndClear(read: ImportedReport, acceptProblems: boolean): CompleteReport {
  const report = requireComplete(read);
  const [first] = report.unplaced;
  if (first) {
    throw new ImportError(
      report.file,
      `cannot place "${first.text}": ${first.reason}${more(report.unplaced.length, 'cells')}; nothing was imported`,
      { row: first.row, column: first.column },
    );
  }
  const [problem] = report.problems;
  if (problem && !acceptProblems) {
    throw new ImportError(
      report.file,
      `${problem.message}${more(report.problems.length, 'problems')}; nothing was imported (accept the problems to import the file as read)`,
      { row: problem.row, column: problem.column },
    );
  }
  return report;
}

/**
 * The table's plan with the settings the stored plan was given kept: its grading scale (a
 * table states none), and its rate precision when the table prints no rate to read one off.
 */
function keptSettings(report: CompleteReport, stored: Plan): Plan {
  const printsRates = report.kpis.some((k) => k.printedRate !== null);
  return {
    ...report.plan,
    gradeScale: stored.gradeScale,
    ...(printsRates ? {} : { ratePrecision: stored.ratePrecision }),
  };
}

/** An import under a name no plan has: refused, naming the plans there are (issue 20). */
async function refuseNewPlan(
  trx: Kysely<Database>,
  municipalityId: number,
  name: string,
): Promise<never> {
  const names = (await listPlans(trx, municipalityId)).map((p) => `"${p.name}"`);
  throw new ValidationError(
    'plan',
    `no plan named "${name}"${names.length > 0 ? ` (the plans are ${names.join(', ')})` : ''}: say to create it (--create-plan, or createPlan=true); nothing was imported`,
  );
}

/**
 * Loads a progress table into a plan, all or nothing: the file is read and every cell placed
 * before anything is written, and the write is one transaction. A cell the importer cannot
 * place refuses the import (naming its row and column) rather than dropping it, and so does a
 * problem of the reading unless `acceptProblems` says to take the file as read. Importing the
 * same file again changes and duplicates nothing.
 */
export async function importReport(
  store: Store,
  input: ImportReportInput,
  actor: Actor,
  now: Date,
): Promise<ImportReportResult> {
  const at = now.toISOString();
  // Refused before the file is even read; checked again inside the transaction.
  const known =
    actor.kind === 'operator'
      ? await findMunicipalityByCode(store.db, input.municipality.code)
      : await requireMunicipalityChange(store.db, actor, input.municipality);
  const read = await readWithMapping(store.db, known?.id ?? null, input);
  const columnRoles = input.columnRoles ?? [];
  const report = requirePlacedAndClear(read.report, input.acceptProblems ?? false);
  let overwritten: string[] = [];
  const saved = await writeTransaction(
    store,
    async (trx) => {
      const municipality = await requireMunicipalityChange(trx, actor, input.municipality);
      const existing = await findPlanByName(trx, municipality.id, report.plan.name);
      if (existing) await lockPlan(trx, store.kind, existing.id);
      else if (input.createPlan !== true)
        await refuseNewPlan(trx, municipality.id, report.plan.name);
      const stored = existing ? await loadPlan(trx, existing.id) : null;
      // The table's departments under their names now: an old name finds its department.
      const table: CompleteReport = {
        ...report,
        plan: withCurrentNames(
          stored === null ? report.plan : keptSettings(report, stored),
          await listDepartmentRecords(trx, municipality.id),
          report.fiscalYear,
        ),
      };
      // A closed round's year is locked, for imports too.
      const years =
        existing && stored ? await requireUnlockedYears(trx, existing.id, stored, table.plan) : [];
      // Published years keep what they printed: a later table's changes are dated by its year.
      const dated =
        existing && stored
          ? await datedAgainstPublished(trx, existing, stored, table)
          : {
              plan: table.plan,
              revisions: [],
              additions: [],
              departmentChanges: [],
              themeMoves: [],
              lines: [],
            };
      // An import never replaces a department's entry without being told to (see findEntryOverwrites).
      const entries = existing ? await findEntryOverwrites(trx, existing.id, table.plan) : [];
      if (entries.length > 0 && !input.overwrite) throw new EntryOverwriteError(entries);
      overwritten = entries.map(describeOverwrite);
      const result = await savePlan(trx, municipality.id, dated.plan, { restate: true, now: at });
      await saveDatedChanges(trx, result.planId, dated, {
        year: report.fiscalYear,
        reason: `${formatFiscalYear(report.fiscalYear)}の表の取り込み（${input.file}）`,
        by: actorLabel(actor),
        at,
      });
      await settleImportedEntries(trx, result.planId, years, actor, municipality.id, now);
      const published: FiscalYear[] = [];
      if (input.publish ?? existing !== undefined) {
        for (const year of planFiscalYears(table.plan)) {
          // A year whose round is still under way is published from the board, not here.
          if ((await publicationBlocker(trx, result.planId, year)) !== null) continue;
          const fresh = await publishInTransaction(trx, {
            planId: result.planId,
            fiscalYear: year,
            by: actorLabel(actor),
            at,
          });
          if (fresh) published.push(year);
        }
      }
      await audit(
        trx,
        actor,
        [
          {
            action: 'plan.import',
            entity: 'import',
            municipalityId: municipality.id,
            planId: result.planId,
            field: input.file,
            newValue: [
              `sha256 ${read.sha256}`,
              ...result.added.map((line) => `+ ${line}`),
              ...result.changed.map((line) => `~ ${line}`),
              ...dated.lines.map((line) => `~ ${line}`),
              ...published.map((year) => `published ${year}`),
              ...overwritten.map((line) => `! overwrote ${line}`),
            ].join('\n'),
          },
        ],
        now,
      );
      if (columnRoles.length > 0) {
        const line = await saveConfirmedMapping(trx, result.planId, read, columnRoles, {
          label: actorLabel(actor),
          at,
        });
        await audit(trx, actor, [{ ...line, municipalityId: municipality.id }], now);
      }
      return { ...result, changed: [...result.changed, ...dated.lines] };
    },
    { uniqueFields: { plans: 'plan' } },
  );
  return {
    planId: saved.planId,
    planName: input.planName,
    fiscalYear: report.fiscalYear,
    kpis: report.kpis.length,
    added: saved.added,
    changed: saved.changed,
    overwritten,
    acceptedProblems: report.problems.map((p) => `row ${p.row}, column ${p.column}: ${p.message}`),
    mappingSaved: columnRoles.length > 0,
    mappingApplied: read.applied && {
      savedAt: read.applied.savedAt,
      savedBy: read.applied.savedBy,
      columnRoles: read.applied.columnRoles,
    },
  };
}

/** The import's plan and changes dated by the table's year, or the refusal naming KPI and field. */
async function datedAgainstPublished(
  trx: Kysely<Database>,
  existing: { readonly id: number; readonly municipalityId: number },
  stored: Plan,
  report: CompleteReport,
): Promise<DatedImport> {
  const planId = existing.id;
  const year = report.fiscalYear;
  const published = (await listPublications(trx, planId)).map((p) => p.fiscalYear);
  const changes = await listKpiChanges(trx, planId);
  // The departments and places as the table's year printed them, under their names then.
  const printed = withNamesOfYear(
    withDepartmentsOfYear(
      withThemesOfYear(stored, await listKpiThemeMoves(trx, planId), year),
      await listKpiDepartmentMoves(trx, planId),
      year,
    ),
    await listDepartmentRenames(trx, existing.municipalityId),
    year,
  );
  const departments = await listDepartmentRecords(trx, existing.municipalityId);
  const result = datedImport(
    stored,
    changes,
    report.plan,
    year,
    published,
    withCurrentNames(printed, departments, year),
  );
  if (result.kind === 'refused') {
    const { refusal } = result;
    throw new PublishedYearError(refusal.field, refusal.years, refusal.message);
  }
  return result.dated;
}

/** Writes the revisions and additions an import dates by its table's year. */
async function saveDatedChanges(
  trx: Kysely<Database>,
  planId: number,
  dated: DatedImport,
  when: { year: FiscalYear; reason: string; by: string; at: string },
): Promise<void> {
  const { at } = when;
  const change = { fromYear: when.year, replacedBy: null, reason: when.reason, by: when.by, at };
  for (const revision of dated.revisions) {
    const kpiId = await findKpiId(trx, planId, revision.code);
    if (kpiId === undefined) continue;
    await appendKpiChange(
      trx,
      { planId, kpiId },
      { ...change, kind: 'revise', definition: revision.definition },
    );
  }
  for (const handed of dated.departmentChanges) {
    const kpiId = await findKpiId(trx, planId, handed.code);
    if (kpiId === undefined) continue;
    await appendKpiDepartmentMove(trx, kpiId, {
      fromYear: when.year,
      departmentsBefore: handed.departmentsBefore,
      reason: when.reason,
      by: when.by,
      at,
    });
  }
  for (const { code, ...before } of dated.themeMoves) {
    const kpiId = await findKpiId(trx, planId, code);
    if (kpiId === undefined) continue;
    await appendKpiThemeMove(trx, kpiId, {
      fromYear: when.year,
      ...before,
      reason: when.reason,
      by: when.by,
      at,
    });
  }
  for (const code of dated.additions) {
    const kpiId = await findKpiId(trx, planId, code);
    if (kpiId === undefined) continue;
    await appendKpiChange(trx, { planId, kpiId }, { ...change, kind: 'add', definition: null });
  }
}
