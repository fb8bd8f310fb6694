import { Command, InvalidArgumentError, Option } from 'commander';
import { migrateToLatest } from '../db/migrate.ts';
import type { Decimal } from '../domain/decimal.ts';
import { parseFigureText } from '../domain/figure-text.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import type { Direction } from '../domain/model.ts';
import { DIRECTIONS } from '../domain/model.ts';
import { addKpiFrom, retireKpi, reviseKpi } from '../services/plan-life.ts';
import { storedPlan } from '../services/plan-lookup.ts';
import { cliActor } from './cli-actor.ts';
import { CliError } from './cli-error.ts';
import { policyOfTheme } from './theme-option.ts';
import { withDatabase } from './database-commands.ts';
import { fiscalYearOption } from './fiscal-year-option.ts';
import type { CliContext } from './io-context.ts';
import { planIdNamed } from './plan-named.ts';
import { kpiDepartmentsCommand, kpiMoveCommand } from './kpi-place-commands.ts';

/*
 * The plan's life on the command line (DESIGN.md, "The plan's life"): each change dated by the
 * fiscal year it takes effect, with a reason, all or nothing, in the audit log.
 *   mieruka target revise --plan NAME --kpi ⑦ --from R7 --value 270,000 --reason TEXT
 *   mieruka kpi retire --plan NAME --kpi ⑫ --from R7 --reason TEXT [--replaced-by ㉑]
 *   mieruka kpi add --plan NAME --from R7 --code ㉑ --theme 8 --title TEXT --unit 件 …
 */

/** A figure as a person types it (270,000, ８．４１); a bad one is a usage error naming it. */
function valueOption(value: string): Decimal {
  const parsed = parseFigureText(value);
  const number = parsed?.figure.value;
  if (number === null || number === undefined || parsed?.figure.secondary !== null) {
    throw new InvalidArgumentError(`not a number: ${value} (try 270,000 or 8.41)`);
  }
  return number;
}

interface Dated {
  plan: string;
  from: FiscalYear;
  reason: string;
}

const dated = (command: Command) =>
  command
    .requiredOption('--plan <name>', 'the plan')
    .requiredOption(
      '--from <year>',
      'the fiscal year the change takes effect (R7)',
      fiscalYearOption,
    )
    .requiredOption('--reason <text>', 'why the plan changes (kept in the audit log)');

function configure(command: Command, context: CliContext): Command {
  return command
    .exitOverride()
    .configureOutput({ writeOut: context.stdout, writeErr: context.stderr });
}

function reviseCommand(context: CliContext): Command {
  return dated(
    new Command('revise').description(
      'Revise a KPI’s target from a fiscal year; the years before keep theirs',
    ),
  )
    .requiredOption('--kpi <code>', 'the KPI (⑦)')
    .requiredOption('--value <number>', 'the new target (270,000)', valueOption)
    .option(
      '--target-year <year>',
      'the year the target is for (default: as before)',
      fiscalYearOption,
    )
    .action(async (options: Dated & { kpi: string; value: Decimal; targetYear?: FiscalYear }) => {
      const result = await withDatabase(context, async (handle) => {
        await migrateToLatest(handle);
        const planId = await planIdNamed(handle, options.plan);
        const kpi = (await storedPlan(handle, cliActor(), planId)).policies
          .flatMap((p) => p.themes.flatMap((t) => t.kpis))
          .find((k) => k.code === options.kpi);
        const target = {
          kind: kpi?.target?.kind ?? 'value',
          value: options.value,
          fiscalYear: options.targetYear ?? kpi?.target?.fiscalYear ?? null,
        } as const;
        return reviseKpi(
          handle,
          {
            planId,
            code: options.kpi,
            from: options.from,
            reason: options.reason,
            patch: { target },
          },
          cliActor(),
          context.now(),
        );
      });
      context.stdout(
        `Revised ${result.code}'s target from ${formatFiscalYear(result.from)} (${result.changed.join(', ')}); the years before keep theirs.`,
      );
    });
}

function retireCommand(context: CliContext): Command {
  return dated(
    new Command('retire').description(
      'Retire a KPI from a fiscal year; it stays in the years before',
    ),
  )
    .requiredOption('--kpi <code>', 'the KPI (⑫)')
    .option('--replaced-by <code>', 'the KPI that carries its series on (継続・統合・分割)')
    .action(async (options: Dated & { kpi: string; replacedBy?: string }) => {
      const result = await withDatabase(context, async (handle) => {
        await migrateToLatest(handle);
        const planId = await planIdNamed(handle, options.plan);
        return retireKpi(
          handle,
          {
            planId,
            code: options.kpi,
            from: options.from,
            reason: options.reason,
            replacedBy: options.replacedBy ?? null,
          },
          cliActor(),
          context.now(),
        );
      });
      context.stdout(
        `Retired ${result.code} from ${formatFiscalYear(result.from)}${options.replacedBy ? `, replaced by ${options.replacedBy}` : ''}; it stays in the years before.`,
      );
    });
}

interface AddOptions extends Dated {
  code: string;
  theme: string;
  title: string;
  unit: string;
  department: string[];
  target: Decimal;
  targetYear: FiscalYear;
  direction?: Direction;
  baseline?: Decimal;
  baselineYear?: FiscalYear;
}

function addCommand(context: CliContext): Command {
  return dated(new Command('add').description('Add a KPI from a fiscal year; it is absent before'))
    .requiredOption('--code <code>', 'the new KPI’s code (㉑)')
    .requiredOption('--theme <number>', 'the theme program’s number as printed')
    .requiredOption('--title <text>', 'what it measures')
    .requiredOption('--unit <unit>', 'its unit (件, 人, %, m²)')
    .requiredOption(
      '--department <name>',
      'a responsible department (repeat for several)',
      (value: string, previous: string[]) => [...previous, value],
      [],
    )
    .requiredOption('--target <number>', 'the target value', valueOption)
    .requiredOption('--target-year <year>', 'the year of the target (R8)', fiscalYearOption)
    .addOption(
      new Option('--direction <direction>', 'whether more or less is better').choices(DIRECTIONS),
    )
    .option('--baseline <number>', 'the baseline value', valueOption)
    .option('--baseline-year <year>', 'the baseline’s year (R1)', fiscalYearOption)
    .action(async (options: AddOptions) => {
      if ((options.baseline === undefined) !== (options.baselineYear === undefined)) {
        throw new CliError('--baseline and --baseline-year go together');
      }
      await withDatabase(context, async (handle) => {
        await migrateToLatest(handle);
        const planId = await planIdNamed(handle, options.plan);
        const plan = await storedPlan(handle, cliActor(), planId);
        const policyNumber = policyOfTheme(plan, options.theme, options.plan);
        return addKpiFrom(
          handle,
          {
            planId,
            from: options.from,
            reason: options.reason,
            where: { policyNumber, themeNumber: options.theme, code: options.code },
            fields: {
              title: options.title,
              note: null,
              tags: [],
              departments: options.department,
              unit: options.unit.normalize('NFKC'),
              baseline:
                options.baseline === undefined
                  ? null
                  : { value: options.baseline, fiscalYear: options.baselineYear ?? null },
              counting: 'single-year',
              target: { kind: 'value', value: options.target, fiscalYear: options.targetYear },
              basis: 'latest',
              formula: 'ratio',
              ...(options.direction === undefined ? {} : { direction: options.direction }),
            },
          },
          cliActor(),
          context.now(),
        );
      });
      context.stdout(
        `Added ${options.code} under theme program ${options.theme} from ${formatFiscalYear(options.from)}; it is absent before.`,
      );
    });
}

/** `mieruka target revise`: a KPI's target revised from a fiscal year (中間見直し). */
export function targetCommand(context: CliContext): Command {
  const target = new Command('target').description('The plan’s targets: revise from a year');
  target.addCommand(configure(reviseCommand(context), context));
  return target;
}

/** `mieruka kpi retire|add|departments|move`: KPIs changing from a fiscal year. */
export function kpiCommand(context: CliContext): Command {
  const kpi = new Command('kpi').description(
    'The plan’s KPIs: retire, add, hand to other departments or move, from a year',
  );
  kpi.addCommand(configure(retireCommand(context), context));
  kpi.addCommand(configure(addCommand(context), context));
  kpi.addCommand(configure(kpiDepartmentsCommand(context), context));
  kpi.addCommand(configure(kpiMoveCommand(context), context));
  return kpi;
}
