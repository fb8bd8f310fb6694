import type { Kysely } from 'kysely';
import { ensureMunicipality } from '../src/db/municipality-repository.ts';
import { savePlan } from '../src/db/plan-writer.ts';
import { publishYear } from '../src/db/publication-repository.ts';
import type { Database } from '../src/db/tables.ts';
import type { FiscalYear } from '../src/domain/fiscal-year.ts';
import { fiscalYear } from '../src/domain/fiscal-year.ts';
import type { Plan } from '../src/domain/model.ts';
import { readReportFile } from '../src/io/read-report-file.ts';
import { generateReportTsv } from './generate-report.ts';

export const SCALE_PLAN_NAME = 'ベンチマーク計画';
/** The years the generated tables hold figures for, published as an import publishes them. */
export const PUBLISHED_YEARS: readonly FiscalYear[] = [2021, 2022, 2023].map((year) =>
  fiscalYear(year),
);

/** A municipality of the scale run: its own code and its own seeded 300-KPI plan. */
export interface ScaleMunicipality {
  readonly code: string;
  readonly name: string;
  readonly plan: Plan;
}

/** The `index`th municipality of the scale run, its table generated and read as an import reads it. */
export async function scaleMunicipality(index: number, kpis = 300): Promise<ScaleMunicipality> {
  const tsv = generateReportTsv(kpis, 20231 + index);
  const report = await readReportFile(`municipality-${index}.tsv`, new TextEncoder().encode(tsv));
  return {
    code: String(100000 + index),
    name: `ベンチ市${index}`,
    plan: { ...report.plan, name: SCALE_PLAN_NAME },
  };
}

/** Saves one municipality's plan as an import does (savePlan), its years published. */
export async function loadMunicipality(
  db: Kysely<Database>,
  input: ScaleMunicipality,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const municipality = await ensureMunicipality(trx, input);
    const { planId } = await savePlan(trx, municipality.id, input.plan, {
      now: new Date().toISOString(),
    });
    const at = new Date().toISOString();
    for (const year of PUBLISHED_YEARS) {
      await publishYear(trx, { planId, fiscalYear: year, by: 'bench', at });
    }
    return planId;
  });
}
