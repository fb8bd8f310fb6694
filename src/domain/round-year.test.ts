import { describe, expect, it } from 'vitest';
import type { FiscalYear } from './fiscal-year.ts';
import { fiscalYear } from './fiscal-year.ts';
import { roundYears } from './round-year.ts';

const years = (...list: number[]): FiscalYear[] => list.map(fiscalYear);

describe('the years a round may be opened for', () => {
  const yuzawa = {
    startYear: fiscalYear(2021),
    endYear: fiscalYear(2026),
    reported: years(2021, 2022, 2023),
    taken: [],
    today: fiscalYear(2025),
  };

  it('proposes the first year after the reported ones (R6 after R5), not today’s R7', () => {
    expect(roundYears(yuzawa).proposed).toBe(2024);
  });

  it('offers the plan’s period only, never a year past its end (R3–R8)', () => {
    expect(roundYears(yuzawa).choices).toEqual(years(2021, 2022, 2023, 2024, 2025, 2026));
  });

  it('skips a year whose round is open already', () => {
    expect(roundYears({ ...yuzawa, taken: years(2024) }).proposed).toBe(2025);
  });

  it('proposes nothing when every year of the plan has its round', () => {
    const all = years(2021, 2022, 2023, 2024, 2025, 2026);
    expect(roundYears({ ...yuzawa, taken: all }).proposed).toBeNull();
  });

  it('without a period or figures, offers the years around today and proposes last year', () => {
    const bare = {
      startYear: null,
      endYear: null,
      reported: [],
      taken: [],
      today: fiscalYear(2025),
    };
    expect(roundYears(bare)).toEqual({ choices: years(2023, 2024, 2025, 2026), proposed: 2024 });
  });
});
