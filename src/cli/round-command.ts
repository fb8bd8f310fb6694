import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ENTRY_STATE_LABELS, ENTRY_STATES } from '../domain/entry-state.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import type { RoundCompleteness } from '../domain/round-completeness.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import { getRoundBoard } from '../services/round-board.ts';
import { closeRound, openRound } from '../services/rounds.ts';
import { cliActor } from './cli-actor.ts';
import { withDatabase } from './database-commands.ts';
import { fiscalYearOption } from './fiscal-year-option.ts';
import type { CliContext } from './io-context.ts';
import { planIdNamed } from './plan-named.ts';
import { textTable } from './text-table.ts';

interface RoundOptions {
  plan: string;
  fy: FiscalYear;
}

const withPlan = (command: Command) =>
  command
    .requiredOption('--plan <name>', 'the plan')
    .requiredOption('--fy <year>', 'the fiscal year (R6, 令和6年度, 2024)', fiscalYearOption);

function openCommand(context: CliContext): Command {
  return withPlan(new Command('open').description('Open the collection round of a fiscal year'))
    .requiredOption('--due <date>', 'the due date, YYYY-MM-DD')
    .action(async (options: RoundOptions & { due: string }) => {
      const opened = await withDatabase(context, async (handle) => {
        await migrateToLatest(handle);
        const planId = await planIdNamed(handle, options.plan);
        return openRound(
          handle,
          {
            planId,
            fiscalYear: options.fy,
            dueDate: options.due,
            publicUrl: loadConfig(context.env).mail.publicUrl,
          },
          cliActor(),
          context.now(),
        );
      });
      context.stdout(
        `Opened the ${formatFiscalYear(options.fy)} round of ${options.plan}, due ${opened.round.dueDate}: ${opened.entries} entries.`,
      );
      if (opened.departmentsWithoutEditor.length > 0) {
        context.stdout(
          `No editor account for ${opened.departmentsWithoutEditor.join(', ')}: nobody was e-mailed for their entries.`,
        );
      }
    });
}

function statusCommand(context: CliContext): Command {
  return withPlan(
    new Command('status').description('Show the round’s progress per department'),
  ).action(async (options: RoundOptions) => {
    const board = await withDatabase(context, async (handle) => {
      await migrateToLatest(handle);
      const planId = await planIdNamed(handle, options.plan);
      return getRoundBoard(handle.db, cliActor(), planId, options.fy, context.now());
    });
    const { round } = board;
    context.stdout(
      `${formatFiscalYear(round.fiscalYear)} round of ${options.plan}: ${round.state}, due ${round.dueDate}` +
        (round.closedAt
          ? `, closed ${round.closedAt.slice(0, 10)} by ${round.closedBy ?? ''}`
          : ''),
    );
    context.stdout(
      textTable([
        ['department', ...ENTRY_STATES.map((s) => `${s} ${ENTRY_STATE_LABELS[s]}`), 'overdue'],
        ...board.departments.map((d) => [
          d.department,
          ...ENTRY_STATES.map((s) => String(d.counts[s])),
          String(d.overdue),
        ]),
      ]),
    );
  });
}

/** "1 approved 承認済, 21 not_started 未着手 (of 22)": the states that have entries. */
function completenessLine(left: RoundCompleteness): string {
  const parts = ENTRY_STATES.filter((s) => left.counts[s] > 0).map(
    (s) => `${left.counts[s]} ${s} ${ENTRY_STATE_LABELS[s]}`,
  );
  return `${parts.join(', ')} (of ${left.total})`;
}

function closeCommand(context: CliContext): Command {
  return withPlan(new Command('close').description('Close the round: the year is locked')).action(
    async (options: RoundOptions) => {
      const { left } = await withDatabase(context, async (handle) => {
        await migrateToLatest(handle);
        const planId = await planIdNamed(handle, options.plan);
        return closeRound(handle, { planId, fiscalYear: options.fy }, cliActor(), context.now());
      });
      context.stdout(
        `Closed the ${formatFiscalYear(options.fy)} round of ${options.plan}: the year is locked.`,
      );
      context.stdout(`Entries: ${completenessLine(left)}.`);
      if (left.departmentsWithoutEditor.length > 0) {
        context.stdout(`No editor account for: ${left.departmentsWithoutEditor.join(', ')}.`);
      }
    },
  );
}

/** `mieruka round open|status|close`: the yearly collection round (照会). */
export function roundCommand(context: CliContext): Command {
  const round = new Command('round').description(
    'The yearly collection round (照会): open, status, close',
  );
  for (const sub of [openCommand(context), statusCommand(context), closeCommand(context)]) {
    round.addCommand(
      sub.exitOverride().configureOutput({ writeOut: context.stdout, writeErr: context.stderr }),
    );
  }
  return round;
}
