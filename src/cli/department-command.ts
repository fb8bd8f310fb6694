import { formatFiscalYear } from '../domain/fiscal-year.ts';
import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { describeRename } from '../domain/department-names.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import type { Store } from '../services/database-handle.ts';
import type { MunicipalityNamed } from '../services/departments.ts';
import {
  addDepartment,
  listDepartmentsFor,
  mergeDepartment,
  renameDepartment,
} from '../services/departments.ts';
import { cliActor } from './cli-actor.ts';
import { withDatabase } from './database-commands.ts';
import { fiscalYearOption } from './fiscal-year-option.ts';
import type { CliContext } from './io-context.ts';

/*
 * The municipality's departments (issue 20): the list accounts and KPIs choose from.
 *   mieruka department list
 *   mieruka department add 情報政策課
 *   mieruka department rename 情報政策課 --to DX推進課 --from R7 --reason 機構改革
 *   mieruka department merge 情報政策課 --into 企画課 --from R7 --reason 機構改革
 */

const municipalityOption = [
  '--municipality <code>',
  '6-digit local government code (default: MIERUKA_MUNICIPALITY_CODE)',
] as const;

function named(context: CliContext, code: string | undefined): MunicipalityNamed {
  return code ? { code, name: code } : loadConfig(context.env).municipality;
}

async function withStore<T>(context: CliContext, work: (store: Store) => Promise<T>): Promise<T> {
  return withDatabase(context, async (handle) => {
    await migrateToLatest(handle);
    return work(handle);
  });
}

function listCommand(context: CliContext): Command {
  return new Command('list')
    .description('List the departments, each with its renames')
    .option(...municipalityOption)
    .action(async (options: { municipality?: string }) => {
      const departments = await withStore(context, (store) =>
        listDepartmentsFor(store, cliActor(), named(context, options.municipality)),
      );
      if (departments.length === 0) context.stdout('No departments.');
      for (const department of departments) {
        const history = department.renames.map((r) => `; ${describeRename(r)}`).join('');
        const merged = department.mergedInto;
        const into = merged
          ? `; merged into ${merged.name} from ${formatFiscalYear(merged.fromYear)}`
          : '';
        context.stdout(`${department.name}${history}${into}`);
      }
    });
}

function addCommand(context: CliContext): Command {
  return new Command('add')
    .description('Add a department to the list accounts and KPIs choose from')
    .argument('<name>', 'the department’s name as printed (情報政策課)')
    .option(...municipalityOption)
    .action(async (name: string, options: { municipality?: string }) => {
      const added = await withStore(context, (store) =>
        addDepartment(
          store,
          { name, municipality: named(context, options.municipality) },
          cliActor(),
          context.now(),
        ),
      );
      context.stdout(`Added ${added.name}.`);
    });
}

function renameCommand(context: CliContext): Command {
  return new Command('rename')
    .description(
      'Rename a department from a fiscal year (機構改革); the years before keep the old name',
    )
    .argument('<name>', 'its current name')
    .requiredOption('--to <name>', 'its new name')
    .requiredOption(
      '--from <year>',
      'the first fiscal year under the new name (R7); after the last published year',
      fiscalYearOption,
    )
    .requiredOption('--reason <text>', 'why (kept in the audit log)')
    .option(...municipalityOption)
    .action(
      async (
        name: string,
        options: { to: string; from: FiscalYear; reason: string; municipality?: string },
      ) => {
        const renamed = await withStore(context, (store) =>
          renameDepartment(
            store,
            {
              department: name,
              newName: options.to,
              from: options.from,
              reason: options.reason,
              municipality: named(context, options.municipality),
            },
            cliActor(),
            context.now(),
          ),
        );
        context.stdout(`Renamed: ${describeRename(renamed.renames[renamed.renames.length - 1]!)}.`);
      },
    );
}

function mergeCommand(context: CliContext): Command {
  return new Command('merge')
    .description(
      'Merge a department into another from a fiscal year (機構改革); the years before keep both',
    )
    .argument('<name>', 'the department merged away, by its current name')
    .requiredOption('--into <name>', 'the department it joins')
    .requiredOption(
      '--from <year>',
      'the first fiscal year as one department (R7); after the last published year',
      fiscalYearOption,
    )
    .requiredOption('--reason <text>', 'why (kept in the audit log)')
    .option(...municipalityOption)
    .action(
      async (
        name: string,
        options: { into: string; from: FiscalYear; reason: string; municipality?: string },
      ) => {
        await withStore(context, (store) =>
          mergeDepartment(
            store,
            {
              department: name,
              into: options.into,
              from: options.from,
              reason: options.reason,
              municipality: named(context, options.municipality),
            },
            cliActor(),
            context.now(),
          ),
        );
        context.stdout(
          `Merged ${name} into ${options.into} from ${formatFiscalYear(options.from)}.`,
        );
      },
    );
}

export function departmentCommand(context: CliContext): Command {
  return new Command('department')
    .description('The municipality’s departments (担当課): list, add, rename or merge from a year')
    .addCommand(listCommand(context))
    .addCommand(addCommand(context))
    .addCommand(renameCommand(context))
    .addCommand(mergeCommand(context));
}
