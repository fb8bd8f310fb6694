import { stringify } from 'csv-stringify/sync';
import { Command } from 'commander';
import { migrateToLatest } from '../db/migrate.ts';
import type { AuditEntry } from '../services/audit-reading.ts';
import { readAudit } from '../services/audit-reading.ts';
import { findPlanIdsByName } from '../services/plan-lookup.ts';
import { cliActor } from './cli-actor.ts';
import { CliError } from './cli-error.ts';
import { withDatabase } from './database-commands.ts';
import type { CliContext } from './io-context.ts';
import { textTable, truncate } from './text-table.ts';

interface AuditOptions {
  plan?: string;
  kpi?: string;
  since?: string;
  csv?: boolean;
  limit: string;
}

const COLUMNS = [
  'id',
  'at',
  'actor',
  'address',
  'action',
  'plan',
  'entity',
  'kpi',
  'fy',
  'field',
  'old',
  'new',
] as const;

const cells = (e: AuditEntry): string[] => [
  String(e.id),
  e.at,
  e.actor,
  e.address ?? '',
  e.action,
  e.planId === null ? '' : String(e.planId),
  e.entity,
  e.kpiCode ?? '',
  e.fiscalYear === null ? '' : String(e.fiscalYear),
  e.field ?? '',
  e.oldValue ?? '',
  e.newValue ?? '',
];

function parseSince(text: string): string {
  const time = Date.parse(text);
  if (Number.isNaN(time)) throw new CliError(`--since: not a date: ${text} (e.g. 2025-04-01)`);
  return new Date(time).toISOString();
}

/** `mieruka audit`: who changed what, when, from where; newest first; --csv for a spreadsheet. */
export function auditCommand(context: CliContext): Command {
  return new Command('audit')
    .description('Show the audit log: who changed what, when, from where, old and new value')
    .option('--plan <name>', 'only this plan')
    .option('--kpi <code>', 'only this KPI (e.g. ⑦)')
    .option('--since <date>', 'only changes from this date on (e.g. 2025-04-01)')
    .option('--csv', 'write CSV (UTF-8 with BOM, opens in Excel)')
    .option('--limit <n>', 'at most this many entries', '1000')
    .action(async (options: AuditOptions) => {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1) {
        throw new CliError(`--limit: not a positive whole number: ${options.limit}`);
      }
      const since = options.since === undefined ? undefined : parseSince(options.since);
      const entries = await withDatabase(context, async (handle) => {
        await migrateToLatest(handle);
        const planIds =
          options.plan === undefined ? [undefined] : await findPlanIdsByName(handle, options.plan);
        if (planIds.length === 0) throw new CliError(`no plan named "${options.plan}"`);
        const found: AuditEntry[] = [];
        for (const planId of planIds) {
          const page = await readAudit(handle, cliActor(), {
            limit,
            ...(planId === undefined ? {} : { planId }),
            ...(options.kpi === undefined ? {} : { kpiCode: options.kpi }),
            ...(since === undefined ? {} : { since }),
          });
          found.push(...page.entries);
        }
        return found.sort((a, b) => b.id - a.id).slice(0, limit);
      });
      if (options.csv) {
        context.stdout(`\uFEFF${stringify([[...COLUMNS], ...entries.map(cells)])}`);
        return;
      }
      if (entries.length === 0) {
        context.stdout('No entries.');
        return;
      }
      context.stdout(
        textTable([
          ['at', 'actor', 'action', 'kpi', 'fy', 'field', 'old → new'],
          ...entries.map((e) => [
            e.at.slice(0, 19).replace('T', ' '),
            e.actor,
            e.action,
            e.kpiCode ?? '',
            e.fiscalYear === null ? '' : String(e.fiscalYear),
            truncate(e.field ?? '', 24),
            truncate(`${e.oldValue ?? '-'} → ${(e.newValue ?? '-').replaceAll('\n', ' ')}`, 60),
          ]),
        ]),
      );
    });
}
