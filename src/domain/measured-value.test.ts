import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decimal } from './decimal.ts';
import { figureOf } from './figure.ts';
import { fiscalYear, type FiscalYear } from './fiscal-year.ts';
import { measuredSeries, measuredValue } from './measured-value.ts';
import type { YearFigure } from './model.ts';
import { yuzawaKpi } from '../../test/support/yuzawa-kpis.ts';

const figures = (pairs: readonly (readonly [number, string | null])[]): YearFigure[] =>
  pairs.map(([year, text]) => ({
    fiscalYear: fiscalYear(year),
    figure: text === null ? { ...figureOf(decimal('0')), value: null } : figureOf(decimal(text)),
  }));

describe('measuredValue on the latest basis', () => {
  it('is the last year up to the one asked, after the baseline’s, in year order whatever the printed order', () => {
    const kpi = yuzawaKpi({
      code: '1',
      baseline: { value: decimal('10'), fiscalYear: fiscalYear(2019) },
      actuals: figures([
        [2022, '14'],
        [2019, '10'],
        [2021, '12'],
        [2023, null],
      ]),
    });
    expect(measuredValue(kpi, 'latest', fiscalYear(2023))).toEqual({
      fiscalYear: 2022,
      value: decimal('14'),
    });
    expect(measuredValue(kpi, 'latest', fiscalYear(2021))?.value).toEqual(decimal('12'));
    // The baseline's own year is no actual of the plan.
    expect(measuredValue(kpi, 'latest', fiscalYear(2020))).toBeUndefined();
  });

  it('sums a year printed twice, and reads the departments’ sum where the KPI has no figure', () => {
    const twice = yuzawaKpi({
      code: '1',
      actuals: figures([
        [2021, '3'],
        [2022, '4'],
        [2022, '5'],
      ]),
    });
    expect(measuredValue(twice, 'latest', fiscalYear(2022))?.value).toEqual(decimal('9'));
    const departments = yuzawaKpi({
      code: '2',
      actuals: figures([[2022, null]]),
      departmentActuals: [
        { department: '総務課', actuals: figures([[2022, '2']]) },
        { department: '財政課', actuals: figures([[2022, '6']]) },
      ],
    });
    expect(measuredValue(departments, 'latest', fiscalYear(2022))?.value).toEqual(decimal('8'));
  });

  it('agrees with the KPI’s measured series for any actuals, departments and baseline', () => {
    const year = fc.integer({ min: 2018, max: 2024 });
    const value = fc.option(fc.integer({ min: -50, max: 500 }).map(String), { freq: 4 });
    const row = fc.array(fc.tuple(year, value), { maxLength: 6 });
    fc.assert(
      fc.property(
        row,
        fc.array(row, { maxLength: 2 }),
        fc.option(year),
        year,
        (own, departments, baselineYear, asked) => {
          const kpi = yuzawaKpi({
            code: '1',
            baseline:
              baselineYear === null
                ? null
                : { value: decimal('1'), fiscalYear: fiscalYear(baselineYear) },
            actuals: figures(own),
            departmentActuals: departments.map((d, i) => ({
              department: `課${i}`,
              actuals: figures(d),
            })),
          });
          const counts = (y: FiscalYear) =>
            y <= asked && (baselineYear === null || y > baselineYear);
          const expected = measuredSeries(kpi, 'latest')
            .filter((m) => counts(m.fiscalYear))
            .at(-1);
          expect(measuredValue(kpi, 'latest', fiscalYear(asked))).toEqual(expected);
        },
      ),
    );
  });
});
