import { Command } from 'commander';
import { migrateToLatest } from '../db/migrate.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { fiscalYear } from '../domain/fiscal-year.ts';
import { planKpis } from '../domain/model.ts';
import { storedPlanInYear } from '../services/plan-lookup.ts';
import { createSuccessorPlan } from '../services/successor-plan.ts';
import { cliActor } from './cli-actor.ts';
import { withDatabase } from './database-commands.ts';
import { fiscalYearOption } from './fiscal-year-option.ts';
import type { CliContext } from './io-context.ts';
import { planIdNamed } from './plan-named.ts';

const collect = (value: string, previous: string[]) => [
  ...previous,
  ...value
    .split(/[,、]/)
    .map((code) => code.trim())
    .filter((code) => code !== ''),
];

/*
 * The next plan (次期計画, issue 20):
 *   mieruka plan next --plan NAME --name NEW --start R9 --end R13 [--carry ① --carry ⑦ | --carry-all]
 */
function nextCommand(context: CliContext): Command {
  return new Command('next')
    .description(
      'Make the next plan (次期計画) from a plan: its own name and period, the KPIs carried over linked to the ones they continue; the old plan stays as published',
    )
    .requiredOption('--plan <name>', 'the current plan')
    .requiredOption('--name <name>', 'the next plan’s name')
    .requiredOption('--start <year>', 'its first fiscal year (R9)', fiscalYearOption)
    .requiredOption('--end <year>', 'its last fiscal year (R13)', fiscalYearOption)
    .option('--carry <codes>', 'a KPI to carry over (⑦, or ①,⑦); repeat', collect, [])
    .option('--carry-all', 'carry over every KPI in force in the current plan’s last year')
    .action(
      async (options: {
        plan: string;
        name: string;
        start: FiscalYear;
        end: FiscalYear;
        carry: string[];
        carryAll?: boolean;
      }) => {
        const result = await withDatabase(context, async (handle) => {
          await migrateToLatest(handle);
          const planId = await planIdNamed(handle, options.plan);
          const carry = options.carryAll
            ? planKpis(
                await storedPlanInYear(handle, cliActor(), planId, fiscalYear(options.start - 1)),
              ).map((k) => k.code)
            : options.carry;
          return createSuccessorPlan(
            handle,
            {
              planId,
              name: options.name,
              startYear: options.start,
              endYear: options.end,
              carry,
            },
            cliActor(),
            context.now(),
          );
        });
        context.stdout(
          `Made the next plan "${options.name}" (id ${result.planId}): ${result.added.length} added.`,
        );
        for (const line of result.added) context.stdout(`  + ${line}`);
      },
    );
}

export function planCommand(context: CliContext): Command {
  return new Command('plan')
    .description('The plan as a whole: the next plan (次期計画)')
    .addCommand(nextCommand(context));
}
