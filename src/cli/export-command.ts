import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { migrateToLatest } from '../db/migrate.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { formatFiscalYear } from '../domain/fiscal-year.ts';
import { describeQuery, isFiltered } from '../domain/report-query.ts';
import type { CsvEncoding } from '../io/export/csv-bytes.ts';
import { CSV_ENCODINGS } from '../io/export/csv-bytes.ts';
import { exportFilterFields, parseExportFilter } from '../services/export-filter.ts';
import type { ExportFormat, ExportShape } from '../services/report-export.ts';
import { closePdfPrinter } from '../services/pdf-renderer.ts';
import { EXPORT_FORMATS, EXPORT_SHAPES, exportReport } from '../services/report-export.ts';
import { cliActor } from './cli-actor.ts';
import { loadConfig } from '../config.ts';
import { withDatabase, writeOutputFile } from './database-commands.ts';
import { fiscalYearOption } from './fiscal-year-option.ts';
import type { CliContext } from './io-context.ts';
import { planIdNamed } from './plan-named.ts';

interface ExportOptions {
  plan: string;
  fy: FiscalYear;
  format: ExportFormat;
  encoding: CsvEncoding;
  shape: ExportShape;
  out: string;
  policy?: string;
  dept?: string;
  tag?: string;
  grade?: string;
  q?: string;
}

/** The table's filters as flags, described as the HTTP query's are. */
const FILTER_FLAGS = [
  ['policy', '--policy <number>'],
  ['dept', '--dept <department>'],
  ['tag', '--tag <tag>'],
  ['grade', '--grade <grade>'],
  ['q', '--q <words>'],
] as const;

/** Where the file goes: --out itself, or the download's own name inside --out when a folder. */
async function outputPath(
  context: CliContext,
  out: string,
  fileName: string,
): Promise<{ shown: string; path: string }> {
  const path = resolve(context.cwd, out);
  const folder = await stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
  return folder ? { shown: join(out, fileName), path: join(path, fileName) } : { shown: out, path };
}

/**
 * `mieruka export`: one fiscal year's report as XLSX, CSV (report or tidy open data, UTF-8 or
 * Shift_JIS), PDF (A4 landscape, printed by Chromium) or JSON, with the approved figures only;
 * with the table's filters (--policy, --dept, --tag, --grade, --q), of the KPIs they keep.
 */
export function exportCommand(context: CliContext): Command {
  const command = new Command('export')
    .description(
      'Write the report of one fiscal year: XLSX or CSV as printed (check reads it back), PDF (needs Chromium), the open-data CSV (--shape tidy), the evaluation sheets (--shape sheets), or JSON',
    )
    .requiredOption('--plan <name>', 'the plan')
    .requiredOption('--fy <year>', 'the fiscal year (R5, 令和5年度, 2023)', fiscalYearOption)
    .addOption(
      new Option('--format <format>', 'the file format')
        .choices(EXPORT_FORMATS)
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--encoding <encoding>', 'CSV only: UTF-8 with BOM, or Shift_JIS (CP932)')
        .choices(CSV_ENCODINGS)
        .default('utf-8'),
    )
    .addOption(
      new Option(
        '--shape <shape>',
        'report: the table as printed; tidy: open data (CSV); sheets: the evaluation sheets, one page per KPI (PDF, XLSX)',
      )
        .choices(EXPORT_SHAPES)
        .default('report'),
    )
    .requiredOption(
      '--out <file>',
      'where to write it: a file, or a folder to write it in under the name a download gets',
    );
  for (const [field, flags] of FILTER_FLAGS)
    command.option(flags, exportFilterFields[field].description);
  return command.action(async (options: ExportOptions) => {
    const format = options.format;
    const filter = parseExportFilter(options, (field) => `--${field}`);
    // The browser kept for prints would keep the command from ending (closed in the finally).
    const file = await withDatabase(context, async (handle) => {
      await migrateToLatest(handle);
      const planId = await planIdNamed(handle, options.plan);
      return exportReport(
        handle.db,
        cliActor(),
        {
          planId,
          fiscalYear: options.fy,
          format,
          encoding: options.encoding,
          shape: options.shape,
          filter,
        },
        { chromiumPath: loadConfig(context.env).chromiumPath, now: context.now() },
      );
    }).finally(closePdfPrinter);
    const out = await outputPath(context, options.out, file.fileName);
    await writeOutputFile(out.shown, out.path, file.bytes);
    const what = format === 'json' ? 'json' : `${format}, ${options.shape}`;
    const encoding = format === 'csv' ? `, ${options.encoding}` : '';
    const filtered = isFiltered(filter) ? `; filtered: ${describeQuery(filter, 'en')}` : '';
    context.stdout(
      `Wrote ${out.shown}: ${options.plan} ${formatFiscalYear(file.fiscalYear)}, ${file.kpis} KPIs (${what}${encoding}${filtered}).`,
    );
  });
}
