import { Command, Option } from 'commander';
import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ROLES } from '../domain/access.ts';
import type { Role } from '../domain/access.ts';
import { addAccount, changeAccount, listAccountsFor, setPassword } from '../services/accounts.ts';
import { cliActor } from './cli-actor.ts';
import { CliError } from './cli-error.ts';
import { withDatabase } from './database-commands.ts';
import type { CliContext } from './io-context.ts';
import { textTable } from './text-table.ts';

/** The password from standard input: its first line (a pipe, or typed and ended with Ctrl-D). */
async function readPassword(context: CliContext): Promise<string> {
  const text = await context.stdin();
  const password = text.split(/\r?\n/)[0] ?? '';
  if (password === '') throw new CliError('give the password on standard input');
  return password;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function addCommand(context: CliContext): Command {
  return new Command('add')
    .description('Add an account; the password is read from standard input')
    .argument('<email>', 'the account’s e-mail address (its sign-in name)')
    .addOption(new Option('--role <role>', 'what it may do').choices(ROLES).makeOptionMandatory())
    .option(
      '--department <name>',
      'a department (担当課) an editor enters figures for; repeat',
      collect,
      [],
    )
    .option(
      '--municipality <code>',
      '6-digit local government code (default: MIERUKA_MUNICIPALITY_CODE)',
    )
    .option('--name <name>', 'the display name (default: the e-mail)')
    .action(
      async (
        email: string,
        options: { role: Role; department: string[]; municipality?: string; name?: string },
      ) => {
        const config = loadConfig(context.env);
        const password = await readPassword(context);
        const municipality = options.municipality
          ? { code: options.municipality, name: options.municipality }
          : config.municipality;
        const account = await withDatabase(context, async (handle) => {
          await migrateToLatest(handle);
          return addAccount(
            handle,
            {
              email,
              role: options.role,
              departments: options.department,
              password,
              municipality,
              ...(options.name ? { name: options.name } : {}),
            },
            cliActor(),
            context.now(),
          );
        });
        const departments = account.departments.length
          ? ` (${account.departments.join(', ')})`
          : '';
        context.stdout(`Added ${account.email}: ${account.role}${departments}.`);
      },
    );
}

function listCommand(context: CliContext): Command {
  return new Command('list').description('List every account').action(async () => {
    const accounts = await withDatabase(context, async (handle) => {
      await migrateToLatest(handle);
      return listAccountsFor(handle, cliActor());
    });
    if (accounts.length === 0) {
      context.stdout('No accounts.');
      return;
    }
    context.stdout(
      textTable([
        ['email', 'name', 'role', 'departments', 'state'],
        ...accounts.map((a) => [
          a.email,
          a.name,
          a.role,
          a.departments.join(', ') || '-',
          a.disabled ? 'disabled' : 'active',
        ]),
      ]),
    );
  });
}

function setPasswordCommand(context: CliContext): Command {
  return new Command('set-password')
    .description('Set an account’s password from standard input; its sessions end')
    .argument('<email>')
    .action(async (email: string) => {
      const password = await readPassword(context);
      await withDatabase(context, async (handle) => {
        await migrateToLatest(handle);
        await setPassword(handle, email, password, cliActor(), context.now());
      });
      context.stdout(`Password of ${email} set; its sessions have ended.`);
    });
}

function disableCommand(context: CliContext): Command {
  return new Command('disable')
    .description('Disable an account: it cannot sign in, its sessions end')
    .argument('<email>')
    .action(async (email: string) => {
      await withDatabase(context, async (handle) => {
        await migrateToLatest(handle);
        await changeAccount(
          handle,
          email,
          { disabled: true },
          undefined,
          cliActor(),
          context.now(),
        );
      });
      context.stdout(`Disabled ${email}.`);
    });
}

/** `mieruka user add|list|set-password|disable`. */
export function userCommand(context: CliContext): Command {
  const user = new Command('user').description('Manage the accounts that sign in');
  for (const sub of [
    addCommand(context),
    listCommand(context),
    setPasswordCommand(context),
    disableCommand(context),
  ]) {
    user.addCommand(
      sub.exitOverride().configureOutput({ writeOut: context.stdout, writeErr: context.stderr }),
    );
  }
  return user;
}
