import type { FiscalYear } from '../../src/domain/fiscal-year.ts';
import type { Plan } from '../../src/domain/model.ts';
import type { PlanReport } from '../../src/domain/plan-report.ts';
import { buildPlanReport } from '../../src/domain/plan-report.ts';
import { readReportFile } from '../../src/io/read-report-file.ts';
import { fixtureBytes } from './test-files.ts';
import { requireComplete } from '../../src/io/report-table/missing-role.ts';

/** The Yuzawa R5 table as a plan (as `import` reads it), and its report: the exports' tests' input. */
export async function yuzawaPlan(): Promise<{ plan: Plan; year: FiscalYear; report: PlanReport }> {
  const read = requireComplete(
    await readReportFile('yuzawa.tsv', fixtureBytes('yuzawa'), {
      planName: '湯沢市行財政改革実施計画',
    }),
  );
  return {
    plan: read.plan,
    year: read.fiscalYear,
    report: buildPlanReport(read.plan, read.fiscalYear),
  };
}
