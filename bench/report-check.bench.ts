import { readFileSync } from 'node:fs';
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
}
