import type { EntryFormView } from '../../../domain/api-contract.ts';
import type { FiscalYear } from '../../../domain/fiscal-year.ts';
import type { Kpi, YearFigure } from '../../../domain/model.ts';
import { formatFigureText } from '../../../domain/figure.ts';
import { CUMULATIVE_LABEL_KEY } from '../../format/cumulative-label.ts';
import { withUnit } from '../../format/number-text.ts';
import { yearHeading, yearLabel } from '../../format/year-label.ts';
import type { MessageKey } from '../../i18n/messages-ja.ts';
import { useView } from '../../view-context.tsx';

function formulaKey(kpi: Kpi): MessageKey {
  switch (kpi.formula) {
    case 'progress':
      return 'formHowProgress';
    case 'change':
      return 'formHowChange';
    case 'reduction':
      return 'formHowReduction';
    case 'gap':
      return 'formHowGap';
    case 'deviation':
      return 'formHowDeviation';
    case 'two-minus-ratio':
      return 'formHowTwoMinusRatio';
    case 'ratio':
      break;
  }
  switch (kpi.direction) {
    case 'increase':
      return 'formHowIncrease';
    case 'decrease':
      return 'formHowDecrease';
    case 'maintain':
      return 'formHowMaintain';
  }
}

const BASIS_KEY: Readonly<Record<Kpi['basis'], MessageKey>> = {
  latest: 'formBasisLatest',
  cumulative: 'formBasisCumulative',
  'period-sum': 'formBasisPeriod',
  milestone: 'formBasisMilestone',
  'milestone-sum': 'formBasisMilestoneSum',
};

/** What the editor needs to know of the KPI beside the field: unit, baseline, target, counting, formula. */
export function EntryFacts(props: { form: EntryFormView }) {
  const { t, lang } = useView();
  const { kpi } = props.form;
  const inYear = (year: FiscalYear | null) => (year === null ? '' : `（${yearLabel(year, lang)}）`);
  return (
    <section className="section" aria-labelledby="entry-facts">
      <h2 id="entry-facts">{t('formFacts')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('formUnit')}</dt>
          <dd>{kpi.unit === '' ? '-' : kpi.unit}</dd>
        </div>
        <div>
          <dt>{t('colBaseline')}</dt>
          <dd>
            {kpi.baseline
              ? `${withUnit(kpi.baseline.value, kpi.unit)}${inYear(kpi.baseline.fiscalYear)}`
              : '-'}
          </dd>
        </div>
        <div>
          <dt>{t('colTarget')}</dt>
          <dd>
            {kpi.target
              ? `${withUnit(kpi.target.value, kpi.unit)}${inYear(kpi.target.fiscalYear)}`
              : '-'}
          </dd>
        </div>
        <div>
          <dt>{t('formCounting')}</dt>
          <dd>{kpi.counting === 'cumulative' ? t('cumulative') : t('singleYear')}</dd>
        </div>
        <div>
          <dt>{t('formHowRate')}</dt>
          <dd>
            {t(formulaKey(kpi))}、{t(BASIS_KEY[kpi.basis])}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function yearsOf(kpi: Kpi, before: FiscalYear): FiscalYear[] {
  const years = new Set<FiscalYear>();
  for (const series of [
    kpi.actuals,
    kpi.cumulativeActuals,
    ...kpi.departmentActuals.map((d) => d.actuals),
  ]) {
    for (const f of series) if (f.fiscalYear < before) years.add(f.fiscalYear);
  }
  return [...years].sort((a, b) => a - b);
}

function cell(series: readonly YearFigure[], year: FiscalYear, unit: string): string {
  const found = series.find((f) => f.fiscalYear === year);
  return found ? withUnit(formatFigureText(found.figure), unit) : '';
}

/** The figures of the years before this one, the KPI's own row, each department's and the 累計 row. */
export function EntryHistory(props: { form: EntryFormView }) {
  const { t, lang } = useView();
  const { kpi, round } = props.form;
  const years = yearsOf(kpi, round.fiscalYear);
  if (years.length === 0) return null;
  const rows: { label: string; series: readonly YearFigure[] }[] = [];
  if (
    kpi.actuals.some((a) => a.fiscalYear < round.fiscalYear) ||
    kpi.departmentActuals.length === 0
  ) {
    rows.push({ label: kpi.code, series: kpi.actuals });
  }
  for (const d of kpi.departmentActuals) rows.push({ label: d.department, series: d.actuals });
  if (kpi.cumulativeActuals.length > 0)
    rows.push({
      label: t(CUMULATIVE_LABEL_KEY[kpi.cumulativeLabel]),
      series: kpi.cumulativeActuals,
    });
  return (
    <section className="section" aria-labelledby="entry-history">
      <h2 id="entry-history">{t('formPrevious')}</h2>
      <div className="table-scroll">
        <table className="data-table entry-history">
          <thead>
            <tr>
              <th scope="col" />
              {years.map((year) => (
                <th key={year} scope="col" className="num">
                  {yearHeading(year, lang)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {years.map((year) => (
                  <td key={year} className="num">
                    {cell(row.series, year, kpi.unit)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
