import { Command } from 'commander';
import { DEFAULT_MUNICIPALITY, loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import type { ImportReportResult } from '../services/import-report.ts';
import { importReport } from '../services/import-report.ts';
import type { ColumnRoleOverride } from '../domain/column-role-name.ts';
import { columnLetter } from '../domain/column-letter.ts';
import type { ColumnOption } from './column-option.ts';
import {
  COLUMN_OPTION_HELP,
  SHEET_OPTION_HELP,
  columnOption,
  columnRolesOf,
} from './column-option.ts';
import { cliActor } from './cli-actor.ts';
import { withDatabase } from './database-commands.ts';
import { fiscalYearOption } from './fiscal-year-option.ts';
import type { CliContext } from './io-context.ts';
import { readInputFile } from './read-input-file.ts';

interface ImportOptions {
  plan: string;
  fy?: FiscalYear;
  municipality?: string;
  municipalityName?: string;
  overwrite?: boolean;
  acceptProblems?: boolean;
  publish?: boolean;
  createPlan?: boolean;
  column?: ColumnOption[];
  sheet?: string;
}

const rolesText = (roles: readonly ColumnRoleOverride[]) =>
  roles.map((r) => `${columnLetter(r.column)} ${r.role}`).join(', ');

/** What the import did with column roles: read with the plan's saved mapping, or saved them. */
function mappingLines(result: ImportReportResult): string[] {
  const applied = result.mappingApplied;
  if (applied)
    return [
      `Read with the plan's saved mapping for this file's shape (${rolesText(applied.columnRoles)}; saved by ${applied.savedBy} on ${applied.savedAt.slice(0, 10)}).`,
    ];
  return result.mappingSaved
    ? ["Saved the column roles given as the plan's mapping for files of this shape."]
    : [];
}

export function importCommand(context: CliContext): Command {
  return new Command('import')
    .description(
      'Load a progress report into the database, all or nothing; importing it again changes nothing',
    )
    .argument('<file>', 'the report (TSV, CSV, XLSX or PDF)')
    .requiredOption('--plan <name>', 'the plan to import into')
    .option(
      '--create-plan',
      'create the plan when there is none of that name (without it, a name no plan has is refused, so a typo never starts a new plan)',
    )
    .option(
      '--fy <year>',
      'the report fiscal year, e.g. R5 (default: read off the headers, or the latest year column with actuals)',
      fiscalYearOption,
    )
    .option(
      '--municipality <code>',
      `6-digit local government code (default: MIERUKA_MUNICIPALITY_CODE, ${DEFAULT_MUNICIPALITY.code})`,
    )
    .option('--municipality-name <name>', 'the municipality’s name, when it is new')
    .option(
      '--publish',
      'publish the imported years (the default for an existing plan, as they come from a published report; a plan this import creates stays unpublished without it)',
    )
    .option('--no-publish', 'leave the imported years unpublished')
    .option(
      '--overwrite',
      'replace figures and narratives entered since the file was made (not yet approved); without it such an import is refused with the list',
    )
    .option(
      '--accept-problems',
      'import a file whose reading raised problems (see check FILE), as read; without it such an import is refused naming the first',
    )
    .option(
      '--column <column=role>',
      `${COLUMN_OPTION_HELP}; saved with the plan as its mapping for files of this shape (without it, the plan's saved mapping for the file's shape applies)`,
      columnOption,
    )
    .option('--sheet <name>', SHEET_OPTION_HELP)
    .action(async (file: string, options: ImportOptions) => {
      const config = loadConfig(context.env);
      const municipality = options.municipality
        ? { code: options.municipality, name: options.municipalityName ?? options.municipality }
        : config.municipality;
      const bytes = await readInputFile(context, file);
      const columnRoles = await columnRolesOf(
        file,
        bytes,
        options.column ?? [],
        options.fy,
        options.sheet,
      );
      const result = await withDatabase(context, async (handle) => {
        await migrateToLatest(handle);
        return importReport(
          handle,
          {
            file,
            bytes,
            planName: options.plan,
            municipality,
            overwrite: options.overwrite ?? false,
            acceptProblems: options.acceptProblems ?? false,
            createPlan: options.createPlan ?? false,
            ...(options.publish === undefined ? {} : { publish: options.publish }),
            columnRoles,
            ...(options.fy ? { fiscalYear: options.fy } : {}),
            ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
          },
          cliActor(),
          context.now(),
        );
      });
      const year = formatFiscalYear(result.fiscalYear, 'both');
      const lines = [
        `Imported ${file} into "${result.planName}" (${year}): ${result.kpis} KPIs.`,
        ...mappingLines(result),
      ];
      if (result.added.length === 0 && result.changed.length === 0)
        lines.push('Nothing changed: the plan already held these figures.');
      if (result.added.length > 0)
        lines.push(`Added (${result.added.length}):`, ...result.added.map((a) => `  + ${a}`));
      if (result.changed.length > 0)
        lines.push(`Changed (${result.changed.length}):`, ...result.changed.map((c) => `  ~ ${c}`));
      if (result.overwritten.length > 0)
        lines.push(
          `Replaced entries not yet approved (${result.overwritten.length}):`,
          ...result.overwritten.map((o) => `  ! ${o}`),
        );
      if (result.acceptedProblems.length > 0)
        lines.push(
          `Imported as read despite problems (${result.acceptedProblems.length}):`,
          ...result.acceptedProblems.map((p) => `  ? ${p}`),
        );
      context.stdout(lines.join('\n'));
    });
}
