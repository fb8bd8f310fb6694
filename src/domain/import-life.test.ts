import { describe, expect, it } from 'vitest';
import { decimal } from './decimal.ts';
import { fiscalYear } from './fiscal-year.ts';
import { datedImport } from './import-life.ts';
import type { KpiChange } from './kpi-life.ts';
import { planInYear } from './kpi-life.ts';
import type { Kpi, Plan } from './model.ts';
import { planKpis } from './model.ts';
import { kpi1, kpi7, planOf } from '../../test/support/yuzawa-kpis.ts';

const [R5, R7] = [fiscalYear(2023), fiscalYear(2025)];

const revisedSeventh: Kpi = {
  ...kpi7,
  target: { kind: 'value', value: decimal('270000'), fiscalYear: fiscalYear(2026) },
};
const newKpi: Kpi = { ...kpi1, code: '㉑', title: '電子申請の利用件数' };

describe('an import into a plan with published years', () => {
  const stored = planOf(kpi1, kpi7);

  it('is the table itself while no year is published', () => {
    const result = datedImport(stored, [], planOf(kpi1, revisedSeventh), R7, []);
    expect(result).toMatchObject({ kind: 'dated', dated: { revisions: [], additions: [] } });
    if (result.kind === 'dated') expect(planKpis(result.dated.plan)[1]).toBe(revisedSeventh);
  });

  it('dates a later table’s new target and new KPI by its year, keeping the first definition', () => {
    const result = datedImport(stored, [], planOf(kpi1, revisedSeventh, newKpi), R7, [R5]);
    if (result.kind !== 'dated') throw new Error(result.refusal.message);
    const { dated } = result;
    expect(dated.revisions).toEqual([
      { code: '⑦', definition: expect.objectContaining({ target: revisedSeventh.target }) },
    ]);
    expect(dated.additions).toEqual(['㉑']);
    expect(dated.lines).toEqual(['KPI ⑦ target 264000（R8） → 270000（R8） from R7']);
    // What is saved keeps ⑦'s first definition; the revision carries R7 on.
    expect(planKpis(dated.plan).find((k) => k.code === '⑦')?.target).toEqual(kpi7.target);
    const changes: KpiChange[] = [
      {
        code: '⑦',
        kind: 'revise',
        fromYear: R7,
        definition: dated.revisions[0]!.definition,
        replacedBy: null,
        reason: 'r',
        by: 'b',
        at: 'a',
      },
      {
        code: '㉑',
        kind: 'add',
        fromYear: R7,
        definition: null,
        replacedBy: null,
        reason: 'r',
        by: 'b',
        at: 'a',
      },
    ];
    const seventh = (year: ReturnType<typeof fiscalYear>) =>
      planKpis(planInYear(dated.plan, changes, year)).find((k) => k.code === '⑦');
    expect(seventh(R5)?.target?.value).toBe('264000');
    expect(seventh(R7)?.target?.value).toBe('270000');
    expect(planKpis(planInYear(dated.plan, changes, R5)).map((k) => k.code)).not.toContain('㉑');
  });

  it('refuses a table of a published year that prints a definition or a KPI the year did not', () => {
    expect(datedImport(stored, [], planOf(kpi1, revisedSeventh), R5, [R5])).toMatchObject({
      kind: 'refused',
      refusal: { code: '⑦', field: 'target', years: [R5] },
    });
    expect(datedImport(stored, [], planOf(kpi1, kpi7, newKpi), R5, [R5])).toMatchObject({
      kind: 'refused',
      refusal: { code: '㉑', field: 'code' },
    });
    // The same table again changes nothing and dates nothing.
    expect(datedImport(stored, [], planOf(kpi1, kpi7), R5, [R5])).toMatchObject({
      kind: 'dated',
      dated: { revisions: [], additions: [], lines: [] },
    });
  });
});

describe('an import naming other departments', () => {
  const stored = planOf(kpi1, { ...kpi7, departments: ['財政課'] });
  const printedR5 = planOf(kpi1, { ...kpi7, departments: ['企画課'] });

  it('keeps the departments the table’s year printed, whatever they are called now', () => {
    const table = planOf(kpi1, { ...kpi7, departments: ['企画課'] });
    const result = datedImport(stored, [], table, R5, [R5], printedR5);
    if (result.kind !== 'dated') throw new Error(result.refusal.message);
    expect(result.dated.departmentChanges).toEqual([]);
    expect(planKpis(result.dated.plan)[1]?.departments).toEqual(['財政課']);
    // A table with no department column names none: the KPI keeps its own.
    const bare = datedImport(stored, [], planOf(kpi1, { ...kpi7, departments: [] }), R5, [R5]);
    if (bare.kind !== 'dated') throw new Error(bare.refusal.message);
    expect(planKpis(bare.dated.plan)[1]?.departments).toEqual(['財政課']);
  });

  it('hands a KPI over from a later table’s year, and refuses it for a published year', () => {
    const table = planOf(kpi1, { ...kpi7, departments: ['総務課'] });
    const later = datedImport(stored, [], table, R7, [R5], stored);
    if (later.kind !== 'dated') throw new Error(later.refusal.message);
    expect(later.dated.departmentChanges).toEqual([
      { code: '⑦', departmentsBefore: ['財政課'], departments: ['総務課'] },
    ]);
    expect(later.dated.lines).toEqual(['KPI ⑦ departments 財政課 → 総務課 from R7']);
    expect(planKpis(later.dated.plan)[1]?.departments).toEqual(['総務課']);
    expect(datedImport(stored, [], table, R5, [R5], printedR5)).toMatchObject({
      kind: 'refused',
      refusal: { code: '⑦', field: 'departments', years: [R5] },
    });
  });
});

describe('an import printing a KPI under another theme program', () => {
  const twoThemes = (first: Kpi[], second: Kpi[]): Plan => ({
    ...planOf(),
    policies: [
      {
        number: '2',
        name: '公共施設',
        themes: [
          { number: '4', name: '再編', actionItems: [], kpis: first },
          { number: '5', name: '活用', actionItems: [], kpis: second },
        ],
      },
    ],
  });
  const where = (plan: Plan) =>
    plan.policies[0]!.themes.map((t) => `${t.number}:${t.kpis.map((k) => k.code).join('')}`);
  // ⑦ moved from theme 4 to theme 5 from R7: R5 printed it under 4.
  const stored = twoThemes([kpi1], [kpi7]);
  const printedR5 = twoThemes([kpi1, kpi7], []);

  it('keeps where a KPI is now when the table prints it where its year had it', () => {
    const result = datedImport(stored, [], printedR5, R5, [R5], printedR5);
    if (result.kind !== 'dated') throw new Error(result.refusal.message);
    expect(result.dated.themeMoves).toEqual([]);
    expect(where(result.dated.plan)).toEqual(['4:①', '5:⑦']);
  });

  it('moves a KPI from a later table’s year, and refuses it for a published year', () => {
    const later = datedImport(printedR5, [], stored, R7, [R5], printedR5);
    if (later.kind !== 'dated') throw new Error(later.refusal.message);
    expect(later.dated.themeMoves).toEqual([
      { code: '⑦', policyBefore: '2', themeBefore: '4', afterBefore: '①' },
    ]);
    expect(later.dated.lines).toEqual(['KPI ⑦ theme 2-4 → 2-5 from R7']);
    expect(where(later.dated.plan)).toEqual(['4:①', '5:⑦']);
    expect(datedImport(printedR5, [], stored, R5, [R5], printedR5)).toMatchObject({
      kind: 'refused',
      refusal: { code: '⑦', field: 'theme', years: [R5] },
    });
  });
});
