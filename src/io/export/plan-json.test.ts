import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { planExportJsonSchema, planExportSchema } from './plan-export-schema.ts';
import { planJson } from './plan-json.ts';
import { yuzawaPlan } from '../../../test/support/yuzawa-export-fixture.ts';

describe('the JSON export', () => {
  it('is the plan with its figures, valid against its own schema and the served JSON Schema', async () => {
    const { plan, year } = await yuzawaPlan();
    const json: unknown = JSON.parse(
      new TextDecoder().decode(planJson(plan, year, { code: '052078', name: '湯沢市' })),
    );
    const parsed = planExportSchema.parse(json);
    const kpis = parsed.plan.policies.flatMap((p) => p.themes.flatMap((t) => t.kpis));
    expect(kpis).toHaveLength(20);
    const seventh = kpis.find((k) => k.code === '⑦');
    expect(seventh?.result).toEqual({ rate: '93%', grade: 'B' });
    expect(seventh?.actuals.at(-1)).toEqual({
      fiscalYear: 2023,
      figure: { value: '283179', secondary: null, mark: null, estimate: false, text: '283179' },
    });
    expect(kpis.find((k) => k.code === '⑱')?.cumulativeLabel).toBe('合計');
    expect(kpis.find((k) => k.code === '⑰')?.cumulativeLabel).toBe('累計');
    expect(parsed.fiscalYears).toEqual([2021, 2022, 2023]);
    expect(parsed.plan.gradeScale[1]).toEqual({ label: 'B', minPercent: 80 });
    expect(parsed.license).toEqual({
      name: 'CC BY 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/deed.ja',
      attribution: `出典：湯沢市「${plan.name}」進捗状況（CC BY 4.0）`,
    });
    // The JSON Schema, read back by another validator, accepts it too.
    const fromSchema = z.fromJSONSchema(planExportJsonSchema() as z.core.JSONSchema.JSONSchema);
    expect(fromSchema.safeParse(json).success).toBe(true);
    expect(fromSchema.safeParse({ ...parsed, version: 2 }).success).toBe(false);
  });
});
