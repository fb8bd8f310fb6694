import { readdirSync, readFileSync } from 'node:fs';
import { readTsv } from '../src/io/read-delimited.ts';
import { sampleRows, withTextColumnsRead } from '../src/io/report-table/column-contents.ts';
import { contentRows } from '../src/io/grid.ts';
import { findHeader } from '../src/io/report-table/header-map.ts';
import { turnTable } from '../src/io/report-table/turned-table.ts';
import { requireComplete } from '../src/io/report-table/missing-role.ts';
import { proposeRoles } from '../src/io/report-table/role-search.ts';
import { readReportFile } from '../src/io/read-report-file.ts';
import { checkReport } from '../src/io/report-check.ts';
import { generateReportTsv } from './generate-report.ts';
import { measure, measurePair, printFigure } from './measure.ts';

async function parseAndCheck(name: string, bytes: Uint8Array) {
  return checkReport(await readReportFile(name, bytes));
}

/**
 * The ceiling of a parse: decode the bytes, split rows and cells, and parse every number
 * ("1,234" as 1234), with no header, placement, inference or check. What the importer costs
 * beyond it is the ratio printed.
 */
async function barePass(bytes: Uint8Array): Promise<number> {
  let numbers = 0;
  for (const line of new TextDecoder().decode(bytes).split('\n'))
    for (const cell of line.split('\t'))
      if (!Number.isNaN(Number.parseFloat(cell.replaceAll(',', '')))) numbers += 1;
  return numbers;
}

/**
 * Parse-and-check time of the Yuzawa table and of a generated 5,000-KPI table (target < 1 s),
 * the latter beside a bare decode-split-parse pass over the same bytes (target ≤ 10×).
 */
export async function benchReportCheck(): Promise<void> {
  const yuzawa = readFileSync(new URL('../sample/yuzawa-r5-kpi-report.tsv', import.meta.url));
  const big = new TextEncoder().encode(generateReportTsv(5000));
  const check = await parseAndCheck('generated.tsv', big);
  const yuzawaTime = await measure(() => parseAndCheck('yuzawa.tsv', yuzawa), { runs: 50 });
  const [bigTime, bareTime] = await measurePair(
    () => parseAndCheck('generated.tsv', big),
    () => barePass(big),
    { runs: 9 },
  );
  const size = (big.length / 1024).toFixed(0);
  printFigure(
    'check: Yuzawa R5 table (20 KPIs, %s KB)',
    yuzawaTime,
    (yuzawa.length / 1024).toFixed(1),
  );
  printFigure('check: generated table (5,000 KPIs, %s KB), target < 1000 ms', bigTime, size);
  printFigure('bare decode-split-parse pass over the same %s KB', bareTime, size);
  console.log(
    `  generated table: ${check.summary.kpis} KPIs, ${check.summary.matched}/${check.summary.printed} printed rates matched, ` +
      `${check.unplaced.length} unplaced, ${check.problems.length} problems; parse and check is ` +
      `${(bigTime.median / bareTime.median).toFixed(1)}× the bare pass (target ≤ 10×); ` +
      `5,000-KPI time is ${(bigTime.median / yuzawaTime.median).toFixed(0)}× the 20-KPI time`,
  );
  await benchRoleSearch(generateReportTsv(5000));
  await benchRewrites(generateReportTsv(5000));
  await benchDevelopmentSet();
}

/**
 * The shape rewrites (turned-table.ts) on the 5,000-KPI table, which is of none of their shapes:
 * what every read pays for them, each trying its shape on every row. A rewrite that parses every
 * cell of every row shows here first (one did: 107 ms before its cheap test).
 */
async function benchRewrites(text: string): Promise<void> {
  const rows = contentRows(readTsv('generated.tsv', text).rows);
  // A copy of the rows each run: what the rewrites share is cached by the rows they are given.
  const timing = await measure(async () => turnTable(rows.slice()), { runs: 21 });
  printFigure('shape rewrites, 5,000-KPI table (none of their shapes), every read pays', timing);
}

/**
 * The role search on the 5,000-KPI table: what every read pays (the column evidence and the
 * header words' reading tried on the sampled rows), and the whole search when it is asked for.
 */
async function benchRoleSearch(text: string): Promise<void> {
  const grid = readTsv('generated.tsv', text);
  const found = findHeader(grid.rows);
  if (!found) throw new Error('the generated table has no header');
  const { header, dataStart } = found;
  const data = grid.rows.slice(dataStart);
  const evidence = () => {
    const sample = sampleRows(data);
    return proposeRoles(withTextColumnsRead(header.columns, sample), sample, header.context);
  };
  const paid = await measure(async () => evidence(), { runs: 21 });
  const whole = await measure(async () => evidence().proposals(), { runs: 21 });
  printFigure('role search, 5,000-KPI table: evidence and the header words’ reading', paid);
  printFigure('role search, 5,000-KPI table: the whole search, when asked for', whole);
}

const DEVELOPMENT_SET = new URL('../src/io/fixtures/other-cities/', import.meta.url);

/** The development set: files read fully (every cell placed, every printed rate reproduced). */
async function benchDevelopmentSet(): Promise<void> {
  const files = readdirSync(DEVELOPMENT_SET).filter((f) => f.endsWith('.tsv'));
  let fully = 0;
  let printed = 0;
  let matched = 0;
  const years = { printed: 0, matched: 0 };
  // Changes against the year before (前年度比), counted apart: never rates.
  const changes = { printed: 0, matched: 0 };
  for (const file of files) {
    try {
      const report = requireComplete(
        await readReportFile(file, readFileSync(new URL(file, DEVELOPMENT_SET))),
      );
      const check = checkReport(report);
      const { summary } = check;
      printed += summary.printed;
      matched += summary.matched;
      years.printed += check.yearRates.printed;
      years.matched += check.yearRates.matched;
      changes.printed += check.yearOnYear.printed;
      changes.matched += check.yearOnYear.matched;
      const clean = report.unplaced.length === 0 && report.problems.length === 0;
      if (clean && summary.matched === summary.printed) fully += 1;
    } catch {
      // Refused (安平町's summary table): not read fully.
    }
  }
  console.log(
    `  development set (src/io/fixtures/other-cities): ${fully} of ${files.length} files read fully; ${matched} of ${printed} printed rates reproduced, and ${years.matched} of ${years.printed} rates printed for single years; ${changes.matched} of ${changes.printed} changes against the year before`,
  );
}
