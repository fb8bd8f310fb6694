import { readFile } from 'node:fs/promises';
import { DEFAULT_MUNICIPALITY } from '../config.ts';
import { listMunicipalities } from '../db/municipality-repository.ts';
import { listPlans } from '../db/plan-repository.ts';
import { SYSTEM } from '../domain/access.ts';
import type { Store } from './database-handle.ts';
import { importReport } from './import-report.ts';

export const DEMO_PLAN_NAME = '湯沢市行財政改革実施計画';
const SAMPLE = new URL('../../sample/yuzawa-r5-kpi-report.tsv', import.meta.url);

async function isEmpty(store: Store): Promise<boolean> {
  for (const municipality of await listMunicipalities(store.db)) {
    if ((await listPlans(store.db, municipality.id)).length > 0) return false;
  }
  return true;
}

/**
 * Imports the bundled Yuzawa R5 table as the demo plan when the database has no plan yet,
 * so a newcomer's first start shows a working system. Returns whether it imported.
 */
export async function seedDemo(store: Store, now: Date): Promise<boolean> {
  if (!(await isEmpty(store))) return false;
  await importReport(
    store,
    {
      file: 'sample/yuzawa-r5-kpi-report.tsv',
      bytes: await readFile(SAMPLE),
      planName: DEMO_PLAN_NAME,
      municipality: DEFAULT_MUNICIPALITY,
      // The demo plan's years are published, as the city published them.
      createPlan: true,
      publish: true,
    },
    SYSTEM,
    now,
  );
  return true;
}
