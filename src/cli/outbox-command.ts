import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { OutboxMessageView, OutboxView } from '../domain/api-contract.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import { findPlanIdsByName } from '../services/plan-lookup.ts';
import { readOutbox } from '../services/outbox-reading.ts';
import { cliActor } from './cli-actor.ts';
import { CliError } from './cli-error.ts';
import { withDatabase } from './database-commands.ts';
import type { CliContext } from './io-context.ts';

interface OutboxOptions {
  plan?: string;
  pending?: boolean;
  json?: boolean;
  limit: string;
}

const stateText = (m: OutboxMessageView): string => {
  const attempts = `${m.attempts} attempt${m.attempts === 1 ? '' : 's'}`;
  switch (m.state) {
    case 'sent':
      return `sent ${m.sentAt ?? ''}`;
    case 'pending':
      return m.attempts === 0 ? 'pending' : `pending, ${attempts}, next ${m.sendAfter}`;
    case 'failed':
      return `failed, ${attempts}: left for an admin`;
  }
};

/** One message as an admin copies it into a mail program: header lines, then the text. */
function messageText(m: OutboxMessageView): string {
  const round = m.fiscalYear === null ? '' : ` · ${formatFiscalYear(m.fiscalYear)}`;
  return [
    `#${m.id} ${stateText(m)} · ${m.kind}${round}`,
    `To: ${m.recipient}`,
    `Subject: ${m.subject}`,
    ...(m.lastError === null ? [] : [`Last error: ${m.lastError}`]),
    '',
    ...m.body.split('\n').map((line) => (line === '' ? '' : `  ${line}`)),
  ].join('\n');
}

/** `mieruka outbox`: the e-mails to editors, newest first, sent or not, with their text. */
export function outboxCommand(context: CliContext): Command {
  return new Command('outbox')
    .description(
      'Show the outbox: the e-mails to editors (recipient, subject, state, attempts, text), newest first',
    )
    .option('--plan <name>', 'only the messages of this plan’s rounds')
    .option('--pending', 'only messages not sent yet (pending, or failed after every attempt)')
    .option('--json', 'print one JSON object: { smtpConfigured, from, messages }')
    .option('--limit <n>', 'at most this many messages', '1000')
    .action(async (options: OutboxOptions) => {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1) {
        throw new CliError(`--limit: not a positive whole number: ${options.limit}`);
      }
      const { mail } = loadConfig(context.env);
      const messages = await withDatabase(context, async (handle) => {
        await migrateToLatest(handle);
        const planIds =
          options.plan === undefined ? undefined : await findPlanIdsByName(handle, options.plan);
        if (planIds?.length === 0) throw new CliError(`no plan named "${options.plan}"`);
        return readOutbox(handle, cliActor(), {
          limit,
          unsentOnly: options.pending === true,
          ...(planIds === undefined ? {} : { planIds }),
        });
      });
      const view: OutboxView = {
        smtpConfigured: mail.smtpUrl !== undefined,
        from: mail.from,
        messages,
      };
      if (options.json) {
        context.stdout(JSON.stringify(view, null, 2));
        return;
      }
      const counts = `${messages.length} message${messages.length === 1 ? '' : 's'}`;
      context.stdout(
        view.smtpConfigured
          ? `${counts}; sent by the server from ${view.from}.`
          : `${counts}; SMTP_URL is not set, so none is sent: copy them from here.`,
      );
      for (const message of messages) context.stdout(`\n${messageText(message)}`);
    });
}
