import { Command, CommanderError } from 'commander';
import { checkCommand } from './check-command.ts';
import { backupCommand, migrateCommand, restoreCommand } from './database-commands.ts';
import { auditCommand } from './audit-command.ts';
import { exportCommand } from './export-command.ts';
import { importCommand } from './import-command.ts';
import { outboxCommand } from './outbox-command.ts';
import { userCommand } from './user-command.ts';
import { departmentCommand } from './department-command.ts';
import { planCommand } from './plan-next-command.ts';
import { roundCommand } from './round-command.ts';
import { kpiCommand, targetCommand } from './plan-life-command.ts';
import { serveCommand } from './serve-command.ts';
import { EXIT, exitCodeFor } from './cli-error.ts';
import type { CliContext } from './io-context.ts';
import { processContext } from './io-context.ts';

/** The `mieruka` program with every command, writing through the given context. */
export function program(context: CliContext): Command {
  const root = new Command('mieruka')
    .description('Mieruka (見える化): KPI progress management for municipal plans')
    .exitOverride()
    .configureOutput({ writeOut: context.stdout, writeErr: context.stderr })
    .showHelpAfterError('(add --help for usage)');
  for (const command of [
    serveCommand(context),
    migrateCommand(context),
    importCommand(context),
    checkCommand(context),
    exportCommand(context),
    backupCommand(context),
    restoreCommand(context),
    userCommand(context),
    departmentCommand(context),
    auditCommand(context),
    roundCommand(context),
    outboxCommand(context),
    targetCommand(context),
    kpiCommand(context),
    planCommand(context),
  ]) {
    root.addCommand(
      command
        .exitOverride()
        .configureOutput({ writeOut: context.stdout, writeErr: context.stderr }),
    );
  }
  return root;
}

/** Runs the CLI and returns its exit code: 0 success, 1 bad input or refused, 2 wrong usage. */
export async function main(
  argv: readonly string[],
  context: CliContext = processContext(),
): Promise<number> {
  try {
    await program(context).parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      const helpShown =
        error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
      return helpShown || error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return exitCodeFor(error, context.stderr);
  }
}
