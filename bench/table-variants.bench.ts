import { readdirSync, readFileSync } from 'node:fs';
import { readReportFile } from '../src/io/read-report-file.ts';
import { checkReport } from '../src/io/report-check.ts';
import { requireComplete } from '../src/io/report-table/missing-role.ts';
import { TABLE_VARIANTS } from './table-variants.ts';

const DEVELOPMENT_SET = new URL('../src/io/fixtures/other-cities/', import.meta.url);

interface Counted {
  readonly fully: boolean;
  /** Printed rates reproduced, the KPIs' and single years'. */
  readonly matched: number;
}

async function count(file: string, text: string): Promise<Counted> {
  try {
    const report = requireComplete(await readReportFile(file, new TextEncoder().encode(text)));
    const check = checkReport(report);
    const clean = report.unplaced.length === 0 && report.problems.length === 0;
    return {
      fully: clean && check.summary.matched === check.summary.printed,
      matched: check.summary.matched + check.yearRates.matched,
    };
  } catch {
    return { fully: false, matched: 0 };
  }
}

/**
 * The development set written other ways (bench/table-variants.ts): of the tables read as
 * printed, how many read fully and how many of their reproduced rates stay reproduced.
 */
export async function benchTableVariants(): Promise<void> {
  const files = readdirSync(DEVELOPMENT_SET).filter((f) => f.endsWith('.tsv'));
  const tables = files.map((file) => ({
    file,
    text: readFileSync(new URL(file, DEVELOPMENT_SET), 'utf8'),
  }));
  const printed = await Promise.all(tables.map(({ file, text }) => count(file, text)));
  const fully = printed.filter((c) => c.fully).length;
  const matched = printed.reduce((sum, c) => sum + c.matched, 0);
  console.log(
    `  as printed: ${fully} of ${tables.length} files read fully, ${matched} printed rates reproduced`,
  );
  for (const variant of TABLE_VARIANTS) {
    const read = await Promise.all(
      tables.map(({ file, text }) => count(file, variant.rewrite(text))),
    );
    const stillFully = read.filter((c, i) => c.fully && printed[i]?.fully === true).length;
    const kept = read.reduce((sum, c, i) => sum + Math.min(c.matched, printed[i]?.matched ?? 0), 0);
    console.log(
      `  ${variant.name}: ${stillFully} of the ${fully} read fully still do; ${kept} of the ${matched} reproduced rates still are`,
    );
  }
}
