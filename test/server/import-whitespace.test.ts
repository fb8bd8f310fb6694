import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { SYSTEM } from '../../src/domain/access.ts';
import { importReport } from '../../src/services/import-report.ts';
import { forEachDatabase } from '../support/databases.ts';
import { uniqueMunicipalityCode } from '../support/fresh-plan.ts';

/*
 * A published report imported again with its narratives' lines broken elsewhere (a PDF's
 * extraction, a cell re-wrapped) rewrites nothing, lists nothing as changed and announces no
 * correction (issue 23): only a change of words is a change.
 */

const SAMPLE = readFileSync(new URL('../../sample/yuzawa-r5-kpi-report.tsv', import.meta.url));
const SEVENTH = '寺沢倉庫などの譲渡のほか';

forEachDatabase((_kind, getDb, getHandle) => {
  it('reads a narrative re-wrapped as the same, and a reworded one as a change', async () => {
    const municipality = { code: uniqueMunicipalityCode(), name: '湯沢市' };
    const load = (text: string) =>
      importReport(
        getHandle(),
        {
          file: 'r5.tsv',
          bytes: Buffer.from(text),
          planName: '空白テスト計画',
          municipality,
          createPlan: true,
          publish: true,
        },
        SYSTEM,
        new Date(),
      );
    const original = SAMPLE.toString('utf8');
    expect(original).toContain(SEVENTH);
    const first = await load(original);
    const rewrapped = await load(original.replace(SEVENTH, '寺沢倉庫などの 譲渡の　ほか '));
    expect(rewrapped.changed).toEqual([]);
    const corrections = () =>
      getDb()
        .selectFrom('publication_events')
        .select('kind')
        .where('plan_id', '=', first.planId)
        .where('kind', '=', 'correction')
        .execute();
    expect(await corrections()).toEqual([]);
    const stored = await getDb()
      .selectFrom('narratives')
      .select(['text', 'version'])
      .where('text', 'like', `${SEVENTH}%`)
      .where('kpi_id', 'in', (eb) =>
        eb.selectFrom('kpis').select('id').where('plan_id', '=', first.planId),
      )
      .execute();
    expect(stored.map((n) => n.version)).toEqual([1]);
    const reworded = await load(original.replace(SEVENTH, '湯沢倉庫などの譲渡のほか'));
    expect(reworded.changed).toContainEqual(expect.stringMatching(/⑦ R5 narrative rewritten/));
  });
});
