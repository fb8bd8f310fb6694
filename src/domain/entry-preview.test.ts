import { describe, expect, it } from 'vitest';
import type { EntryDraft, EntrySlot } from './entry-preview.ts';
import { entryCheckMessage, previewEntry } from './entry-preview.ts';
import { fiscalYear } from './fiscal-year.ts';
import { DEFAULT_GRADE_SCALE, gradeScale } from './grade-scale.ts';
import type { Kpi } from './model.ts';
import { DEFAULT_RATE_PRECISION } from './rate-format.ts';
import {
  figure,
  kpi1,
  kpi10,
  kpi16,
  kpi17,
  kpi2,
  kpi3,
  kpi7,
  kpi9,
  years,
  yuzawaKpi,
} from '../../test/support/yuzawa-kpis.ts';

const R6 = fiscalYear(2024);
/** ⑩ and ⑰ count cumulatively, baseline included, as the printed rates show. */
const cumulative10: Kpi = { ...kpi10, basis: 'cumulative' };
const cumulative17: Kpi = { ...kpi17, basis: 'cumulative' };

const slot = (kpi: Kpi, department: string | null = null): EntrySlot => ({
  kpi,
  fiscalYear: R6,
  department,
  ratePrecision: DEFAULT_RATE_PRECISION,
  gradeScale: DEFAULT_GRADE_SCALE,
  planEnd: fiscalYear(2026),
});

const draft = (fields: Partial<EntryDraft>): EntryDraft => ({
  figure: '',
  cumulative: '',
  narrative: '取組を進めた',
  confirmedJump: false,
  ...fields,
});

const kinds = (preview: ReturnType<typeof previewEntry>) => preview.checks.map((c) => c.kind);

describe('previewEntry: the rate the report would show, as the editor types', () => {
  it('⑦ R6 282,000 m² against 264,000 (a decrease): 94%, B, projected to miss R8', () => {
    const preview = previewEntry(slot(kpi7), draft({ figure: '282,000', narrative: '統廃合' }));
    expect(preview.rate).toBe('94%');
    expect(preview.grade).toBe('B');
    expect(preview.projection?.onCourse).toBe(false);
    expect(preview.onTrack).toBe(false);
    expect(preview.checks).toEqual([]);
    expect(preview.submittable).toBe(true);
    expect(preview.explanation?.numerator).toBe('264000');
    expect(preview.explanation?.denominator).toBe('282000');
  });

  it('② 439 then 500 of 200: 250%, A', () => {
    expect(previewEntry(slot(kpi2), draft({ figure: '500' })).rate).toBe('250%');
  });

  it('⑯ 8.40 億円: two decimals as the KPI keeps them, 100.1%', () => {
    const preview = previewEntry(slot(kpi16), draft({ figure: '8.40' }));
    expect(preview.rate).toBe('100.1%');
    expect(preview.checks).toEqual([]);
  });

  it('⑨ has no target: no rate, no grade, no narrative demanded', () => {
    const preview = previewEntry(slot(kpi9), draft({ figure: '7' }));
    expect(preview.rate).toBeNull();
    expect(preview.onTrack).toBeNull();
    expect(preview.submittable).toBe(true);
  });

  it('⑩ cumulative basis: R6 yearly 1 makes 3 + 1 = 4 of 7 = 57%', () => {
    const preview = previewEntry(
      slot(cumulative10),
      draft({ figure: '1', cumulative: '4', narrative: 'x' }),
    );
    expect(preview.rate).toBe('57%');
    expect(kinds(preview)).toEqual([]);
  });

  it('⑰ a department’s row: 総務課 1 more makes 14 of 17 = 82%', () => {
    const preview = previewEntry(slot(cumulative17, '総務課'), draft({ figure: '1' }));
    expect(preview.rate).toBe('82%');
  });
});

describe('previewEntry: checks, each refusing or asking what it should', () => {
  it('refuses a blank figure and a figure that is not a number', () => {
    expect(kinds(previewEntry(slot(kpi7), draft({ figure: '' })))).toEqual(['figure-missing']);
    const invalid = previewEntry(slot(kpi7), draft({ figure: '約28万' }));
    expect(kinds(invalid)).toEqual(['figure-invalid']);
    expect(invalid.submittable).toBe(false);
    expect(invalid.rate).toBeNull();
  });

  it('refuses "2(1)" on a KPI that never uses a secondary count, accepts it on one that does', () => {
    expect(kinds(previewEntry(slot(kpi1), draft({ figure: '2(1)' })))).toEqual([
      'secondary-unused',
    ]);
    const kpi18 = yuzawaKpi({
      code: '⑱',
      target: { kind: 'value', value: figure('4').value ?? never(), fiscalYear: fiscalYear(2026) },
      cumulativeActuals: [{ fiscalYear: fiscalYear(2023), figure: figure('2', '1') }],
    });
    expect(kinds(previewEntry(slot(kpi18), draft({ figure: '1(1)' })))).not.toContain(
      'secondary-unused',
    );
  });

  it('refuses more decimals than the KPI keeps: ⑦ counts whole m², ⑯ two places', () => {
    const seven = previewEntry(slot(kpi7), draft({ figure: '282000.5' }));
    expect(kinds(seven)).toEqual(['too-many-decimals']);
    expect(entryCheckMessage(seven.checks[0] ?? never(), 'm²')).toMatch(/整数/);
    const sixteen = previewEntry(slot(kpi16), draft({ figure: '8.395' }));
    expect(entryCheckMessage(sixteen.checks[0] ?? never(), '億円')).toMatch(/小数第2位まで/);
  });

  it('refuses a figure outside the KPI’s range: a share in % from 0 to 100, a count from 0', () => {
    const kpi4 = yuzawaKpi({ code: '④', unit: '%', actuals: years('33.2', '42.4', '39.5') });
    const negative = previewEntry(slot(kpi4), draft({ figure: '-39.5' }));
    expect(kinds(negative)).toContain('out-of-range');
    expect(entryCheckMessage(negative.checks[0] ?? never(), '%')).toBe(
      'この指標の値は0〜100%の範囲です。値を確かめてください',
    );
    expect(kinds(previewEntry(slot(kpi4), draft({ figure: '140' })))).toContain('out-of-range');
    expect(kinds(previewEntry(slot(kpi4), draft({ figure: '41.0' })))).not.toContain(
      'out-of-range',
    );
    const count = previewEntry(slot(kpi1), draft({ figure: '▲1' }));
    expect(kinds(count)).toContain('out-of-range');
    expect(entryCheckMessage(count.checks[0] ?? never(), '件')).toBe(
      'この指標の値は0件以上です。値を確かめてください',
    );
    // 億円 may fall below zero (a deficit): open.
    expect(kinds(previewEntry(slot(kpi16), draft({ figure: '-1.25' })))).not.toContain(
      'out-of-range',
    );
  });

  it('holds a figure to the range the KPI declares, over its unit’s', () => {
    // A rate of use that may pass 100% (定員充足率), and a deficit in 億円 bounded below.
    const ratio = yuzawaKpi({ code: '④', unit: '%', validRange: { min: 0, max: 150 } });
    expect(kinds(previewEntry(slot(ratio), draft({ figure: '140' })))).not.toContain(
      'out-of-range',
    );
    const over = previewEntry(slot(ratio), draft({ figure: '151' }));
    expect(entryCheckMessage(over.checks[0] ?? never(), '%')).toBe(
      'この指標の値は0〜150%の範囲です。値を確かめてください',
    );
    const capped = { ...kpi16, validRange: { min: null, max: 10 } };
    const high = previewEntry(slot(capped), draft({ figure: '12.5' }));
    expect(entryCheckMessage(high.checks[0] ?? never(), '億円')).toBe(
      'この指標の値は10億円以下です。値を確かめてください',
    );
    expect(kinds(previewEntry(slot(capped), draft({ figure: '-3' })))).not.toContain(
      'out-of-range',
    );
  });

  it('refuses a unit other than the KPI’s: "300人" for a count of 件', () => {
    const preview = previewEntry(slot(kpi1), draft({ figure: '300人' }));
    expect(preview.checks).toContainEqual({
      kind: 'unit-mismatch',
      severity: 'error',
      typed: '人',
      unit: '件',
    });
    expect(preview.submittable).toBe(false);
  });

  it('asks a cumulative figure to carry on from last year’s, or an explanation', () => {
    const off = previewEntry(
      slot(cumulative10),
      draft({ figure: '1', cumulative: '5', narrative: '' }),
    );
    expect(off.checks).toContainEqual({
      kind: 'cumulative-mismatch',
      severity: 'explain',
      expected: '4',
      entered: '5',
    });
    expect(off.submittable).toBe(false);
    const explained = previewEntry(
      slot(cumulative10),
      draft({ figure: '1', cumulative: '5', narrative: 'R5 の契約 1 件を計上漏れ' }),
    );
    expect(explained.submittable).toBe(true);
  });

  it('asks that department figures add up to the KPI’s own figure', () => {
    const total = yuzawaKpi({
      ...cumulative17,
      actuals: [{ fiscalYear: R6, figure: figure('2') }],
    });
    const preview = previewEntry(slot(total, '総務課'), draft({ figure: '1' }));
    expect(preview.checks).toEqual([
      { kind: 'department-sum', severity: 'explain', sum: '1', total: '2' },
    ]);
  });

  it('asks to confirm a figure far outside the trend (a dropped digit), not an ordinary move', () => {
    const jump = previewEntry(slot(kpi7), draft({ figure: '28,200' }));
    expect(kinds(jump)).toContain('jump');
    expect(jump.submittable).toBe(false);
    const confirmed = previewEntry(
      slot(kpi7),
      draft({ figure: '28,200', confirmedJump: true, narrative: '売却' }),
    );
    expect(kinds(confirmed)).not.toContain('jump');
    expect(kinds(previewEntry(slot(kpi7), draft({ figure: '282,000' })))).not.toContain('jump');
  });

  it('requires a narrative when the grade is below the on-track grades: ① 1 of 2 = 50%, D', () => {
    const bare = previewEntry(slot(kpi1), draft({ figure: '1', narrative: ' ' }));
    expect(bare.grade).toBe('D');
    expect(bare.onTrack).toBe(false);
    expect(kinds(bare)).toEqual(['narrative-required']);
    expect(entryCheckMessage(bare.checks[0] ?? never(), '件')).toMatch(/評価がD/);
    expect(
      previewEntry(slot(kpi1), draft({ figure: '1', narrative: '地区説明会' })).submittable,
    ).toBe(true);
  });

  it('requires a narrative when the projection misses the target though the grade is fine', () => {
    // ③ 58, 85, 60 then 82 (B) against 100 by R8: the trend does not get there.
    const preview = previewEntry(slot(kpi3), draft({ figure: '82', narrative: '' }));
    expect(preview.grade).toBe('B');
    expect(preview.projection?.onCourse).toBe(false);
    expect(preview.checks[0]).toMatchObject({ kind: 'narrative-required' });
    expect(entryCheckMessage(preview.checks[0] ?? never(), '件')).toMatch(/見込み/);
  });

  it('reads on track from the plan’s own scale: ◎○△× with ○ at 80%', () => {
    const marks = { ...slot(kpi1), gradeScale: gradeScale(['◎', '○', '△', '×'], [100, 80, 50]) };
    const preview = previewEntry(marks, draft({ figure: '1', narrative: '' }));
    expect(preview.grade).toBe('△');
    expect(kinds(preview)).toEqual(['narrative-required']);
  });
});

function never(): never {
  throw new Error('unreachable in these fixtures');
}
