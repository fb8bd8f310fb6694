import { describe, expect, it } from 'vitest';
import type { PublicationView } from '../../domain/api-contract.ts';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { unpublishedYears, yearPublications } from './publication-years.ts';

const published = (year: number): PublicationView => ({
  fiscalYear: fiscalYear(year),
  publishedBy: 'admin@example.jp',
  publishedAt: '2024-06-01T00:00:00.000Z',
});
// Yuzawa's demo plan has figures for R3–R5 (2021–2023).
const yuzawaYears = [fiscalYear(2021), fiscalYear(2022), fiscalYear(2023)];

describe('unpublishedYears', () => {
  it('marks R5 once it is withdrawn, and nothing while every year is published', () => {
    expect([...unpublishedYears(yuzawaYears, [published(2021), published(2022)])]).toEqual([2023]);
    expect(unpublishedYears(yuzawaYears, [2021, 2022, 2023].map(published)).size).toBe(0);
  });

  it('marks nothing without the list (a visitor reads published years only)', () => {
    expect(unpublishedYears(yuzawaYears, null).size).toBe(0);
  });
});

describe('yearPublications', () => {
  it('lists every year with figures, oldest first, with its publication or null', () => {
    const rows = yearPublications(yuzawaYears, [published(2023), published(2021)]);
    expect(rows.map((r) => [r.fiscalYear, r.publication?.fiscalYear ?? null])).toEqual([
      [2021, 2021],
      [2022, null],
      [2023, 2023],
    ]);
  });

  it('keeps a year published before it had figures, so it can be withdrawn', () => {
    const rows = yearPublications(yuzawaYears, [published(2024)]);
    expect(rows.map((r) => r.fiscalYear)).toEqual([2021, 2022, 2023, 2024]);
  });
});
