import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { requestedYear, yearHasFigures } from './report-year.ts';

const plan = { fiscalYears: [fiscalYear(2021), fiscalYear(2022), fiscalYear(2023)] };

describe('the year a page shows', () => {
  it('reads ?fy as a fiscal year, R5 as people type it', () => {
    expect(requestedYear(new URLSearchParams('fy=R5'))).toBe(2023);
    expect(requestedYear(new URLSearchParams(''))).toBeNull();
  });

  it('knows a year without figures (R6 in the Yuzawa R5 plan) from one with them', () => {
    expect(yearHasFigures({ fiscalYear: fiscalYear(2023), plan })).toBe(true);
    expect(yearHasFigures({ fiscalYear: fiscalYear(2024), plan })).toBe(false);
    // R6's round, its submitted ⑦ shown on request (?drafts=1).
    const drafts = [{ fiscalYear: fiscalYear(2024) }];
    expect(yearHasFigures({ fiscalYear: fiscalYear(2024), plan, drafts })).toBe(true);
  });
});
