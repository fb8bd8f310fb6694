import { readFileSync } from 'node:fs';
import { readReportFile } from '../src/io/read-report-file.ts';
import { checkReport } from '../src/io/report-check.ts';
import { generateReportTsv } from './generate-report.ts';
import { measure, printFigure } from './measure.ts';

async function parseAndCheck(name: string, bytes: Uint8Array) {
  return checkReport(await readReportFile(name, bytes));
}

/** Parse-and-check time of the Yuzawa table and of a generated 5,000-KPI table (target < 1 s). */
export async function benchReportCheck(): Promise<void> {
  const yuzawa = readFileSync(new URL('../sample/yuzawa-r5-kpi-report.tsv', import.meta.url));
  const big = new TextEncoder().encode(generateReportTsv(5000));
  const check = await parseAndCheck('generated.tsv', big);
  const yuzawaTime = await measure(() => parseAndCheck('yuzawa.tsv', yuzawa), { runs: 50 });
  const bigTime = await measure(() => parseAndCheck('generated.tsv', big), { runs: 7 });
  printFigure(
    'check: Yuzawa R5 table (20 KPIs, %s KB)',
    yuzawaTime,
    (yuzawa.length / 1024).toFixed(1),
  );
  printFigure(
    'check: generated table (5,000 KPIs, %s KB), target < 1000 ms',
    bigTime,
    (big.length / 1024).toFixed(0),
  );
  console.log(
    `  generated table: ${check.summary.kpis} KPIs, ${check.summary.matched}/${check.summary.printed} printed rates matched, ` +
      `${check.unplaced.length} unplaced; 5,000-KPI time is ${(bigTime.median / yuzawaTime.median).toFixed(0)}× the 20-KPI time`,
  );
}
