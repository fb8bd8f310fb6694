import { describe, expect, it } from 'vitest';
import type { EntryReviewInput } from './entry-review.ts';
import { changedTexts, reviewEntry, storedEntryTexts } from './entry-review.ts';
import { fiscalYear } from './fiscal-year.ts';
import { DEFAULT_GRADE_SCALE } from './grade-scale.ts';
import type { Kpi } from './model.ts';
import { DEFAULT_RATE_PRECISION } from './rate-format.ts';
import { figure, kpi10, kpi17, kpi7, kpi9 } from '../../test/support/yuzawa-kpis.ts';

const R6 = fiscalYear(2024);

/** A KPI with R6 texts stored as a department saved them (drafts included). */
const withR6 = (
  kpi: Kpi,
  fields: { actual?: string; cumulative?: string; text?: string },
): Kpi => ({
  ...kpi,
  actuals:
    fields.actual === undefined
      ? kpi.actuals
      : [...kpi.actuals, { fiscalYear: R6, figure: figure(fields.actual) }],
  cumulativeActuals:
    fields.cumulative === undefined
      ? kpi.cumulativeActuals
      : [...kpi.cumulativeActuals, { fiscalYear: R6, figure: figure(fields.cumulative) }],
  narratives:
    fields.text === undefined
      ? kpi.narratives
      : [...kpi.narratives, { fiscalYear: R6, department: null, text: fields.text }],
});

const input = (stored: Kpi, approved: Kpi, department: string): EntryReviewInput => ({
  stored,
  approved,
  department,
  fiscalYear: R6,
  ratePrecision: DEFAULT_RATE_PRECISION,
  gradeScale: DEFAULT_GRADE_SCALE,
  planEnd: fiscalYear(2026),
  returnedWith: null,
});

describe('reviewEntry: what the reviewer reads of an entry', () => {
  const ownKpi7 = { ...kpi7, departments: ['企画課'] };

  it('⑦ R6 282,000 m² submitted: the figure as written, 94% and B, R5 283179 beside it', () => {
    const stored = withR6(ownKpi7, { actual: '282000', text: '統廃合を進めた' });
    expect(reviewEntry(input(stored, ownKpi7, '企画課'))).toEqual({
      figure: '282000',
      cumulative: null,
      narrative: '統廃合を進めた',
      unit: 'm²',
      rate: '94%',
      grade: 'B',
      previous: { fiscalYear: 2023, figure: '283179' },
      changesSinceReturn: null,
    });
  });

  it('⑦ nothing entered yet: no figure, no rate (not 0%)', () => {
    const review = reviewEntry(input(ownKpi7, ownKpi7, '企画課'));
    expect(review).toMatchObject({ figure: null, narrative: null, rate: null, grade: null });
  });

  it('⑨ no target: the figure without a rate', () => {
    const kpi = { ...kpi9, departments: ['企画課'] };
    const review = reviewEntry(input(withR6(kpi, { actual: '7' }), kpi, '企画課'));
    expect(review).toMatchObject({ figure: '7', rate: null, grade: null });
  });

  it('⑩ R6 1 with 累計 4: both figures, the cumulative rate 4 of 7 = 57%', () => {
    const kpi = { ...kpi10, departments: ['企画課'], basis: 'cumulative' as const };
    const review = reviewEntry(input(withR6(kpi, { actual: '1', cumulative: '4' }), kpi, '企画課'));
    expect(review).toMatchObject({ figure: '1', cumulative: '4', rate: '57%' });
  });

  it('⑰ 上下水道課 reads its own row of the breakdown, and its own last year (R5 0)', () => {
    const stored: Kpi = {
      ...kpi17,
      departmentActuals: kpi17.departmentActuals.map((d) =>
        d.department === '上下水道課'
          ? { ...d, actuals: [...d.actuals, { fiscalYear: R6, figure: figure('2') }] }
          : d,
      ),
    };
    const review = reviewEntry(input(stored, kpi17, '上下水道課'));
    expect(review).toMatchObject({
      figure: '2',
      cumulative: null,
      previous: { fiscalYear: 2023, figure: '0' },
    });
    expect(reviewEntry(input(stored, kpi17, '総務課')).figure).toBeNull();
  });

  it('names what changed since the return, and nothing when the editor changed nothing', () => {
    const stored = withR6(ownKpi7, { actual: '282000', text: '統廃合を進めた' });
    const returnedWith = { figure: '28200', cumulative: null, narrative: '統廃合を進めた' };
    expect(
      reviewEntry({ ...input(stored, ownKpi7, '企画課'), returnedWith }).changesSinceReturn,
    ).toEqual([{ field: 'figure', before: '28200', after: '282000' }]);
    const same = storedEntryTexts(stored, null, R6);
    expect(changedTexts(same, same)).toEqual([]);
  });
});
