import { Command } from 'commander';
import { migrateToLatest } from '../db/migrate.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import { changeKpiDepartments, moveKpi } from '../services/kpi-places.ts';
import { storedPlan } from '../services/plan-lookup.ts';
import { cliActor } from './cli-actor.ts';
import { CliError } from './cli-error.ts';
import { policyOfTheme } from './theme-option.ts';
import { withDatabase } from './database-commands.ts';
import { fiscalYearOption } from './fiscal-year-option.ts';
import type { CliContext } from './io-context.ts';
import { planIdNamed } from './plan-named.ts';

/*
 * Where a KPI stands, from a fiscal year (issue 20):
 *   mieruka kpi departments --plan NAME --kpi ⑦ --department 財政課 --from R7 --reason TEXT
 *   mieruka kpi move --plan NAME --kpi ⑫ --theme 9 [--before ⑭] [--from R7 --reason TEXT]
 */

const repeated = (value: string, previous: string[]) => [...previous, value];

/** `kpi departments`: the KPI handed to other departments from a year. */
export function kpiDepartmentsCommand(context: CliContext): Command {
  return new Command('departments')
    .description('Hand a KPI to other responsible departments from a fiscal year')
    .requiredOption('--plan <name>', 'the plan')
    .requiredOption('--kpi <code>', 'the KPI (⑦)')
    .requiredOption(
      '--department <name>',
      'a responsible department from then on (repeat for several, the first leads)',
      repeated,
      [],
    )
    .requiredOption('--from <year>', 'the fiscal year it takes effect (R7)', fiscalYearOption)
    .requiredOption('--reason <text>', 'why (kept in the audit log)')
    .action(
      async (options: {
        plan: string;
        kpi: string;
        department: string[];
        from: FiscalYear;
        reason: string;
      }) => {
        const result = await withDatabase(context, async (handle) => {
          await migrateToLatest(handle);
          const planId = await planIdNamed(handle, options.plan);
          return changeKpiDepartments(
            handle,
            {
              planId,
              code: options.kpi,
              departments: options.department,
              from: options.from,
              reason: options.reason,
            },
            cliActor(),
            context.now(),
          );
        });
        context.stdout(
          `${result.code} is ${result.departments.join('、')}'s from ${formatFiscalYear(result.from)}; the years before keep ${result.departmentsBefore.join('、')}.`,
        );
      },
    );
}

/** `kpi move`: the KPI under another theme program, dated once a year is published. */
export function kpiMoveCommand(context: CliContext): Command {
  return new Command('move')
    .description(
      'Move a KPI to a theme program (from a fiscal year once a year of the plan is published)',
    )
    .requiredOption('--plan <name>', 'the plan')
    .requiredOption('--kpi <code>', 'the KPI (⑫)')
    .requiredOption('--theme <number>', 'the theme program’s number as printed')
    .option('--before <code>', 'the KPI it goes before (default: last)')
    .option('--from <year>', 'the fiscal year the move takes effect (R7)', fiscalYearOption)
    .option('--reason <text>', 'why (kept in the audit log)')
    .action(
      async (options: {
        plan: string;
        kpi: string;
        theme: string;
        before?: string;
        from?: FiscalYear;
        reason?: string;
      }) => {
        if ((options.from === undefined) !== (options.reason === undefined)) {
          throw new CliError('--from and --reason go together');
        }
        await withDatabase(context, async (handle) => {
          await migrateToLatest(handle);
          const planId = await planIdNamed(handle, options.plan);
          const plan = await storedPlan(handle, cliActor(), planId);
          const policyNumber = policyOfTheme(plan, options.theme, options.plan);
          const dated =
            options.from === undefined || options.reason === undefined
              ? null
              : { from: options.from, reason: options.reason };
          return moveKpi(
            handle,
            {
              planId,
              code: options.kpi,
              to: {
                policyNumber,
                themeNumber: options.theme,
                before: options.before ?? null,
              },
            },
            cliActor(),
            dated,
            context.now(),
          );
        });
        context.stdout(
          `Moved ${options.kpi} to theme program ${options.theme}${options.from === undefined ? '' : ` from ${formatFiscalYear(options.from)}; the years before keep its old place`}.`,
        );
      },
    );
}
