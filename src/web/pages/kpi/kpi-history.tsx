import type { KpiDetailView } from '../../../domain/api-contract.ts';
import type { MessageKey } from '../../i18n/messages-ja.ts';
import { EmptyView } from '../../components/status-views.tsx';
import { withUnit } from '../../format/number-text.ts';
import { yearLabel } from '../../format/year-label.ts';
import { useView } from '../../view-context.tsx';
import { dateTimeText } from '../../format/date-time.ts';

const STATE: Record<KpiDetailView['figures'][number]['state'], MessageKey> = {
  draft: 'stateDraft',
  submitted: 'stateSubmitted',
  returned: 'stateReturned',
  approved: 'stateApproved',
};

const SERIES: Record<KpiDetailView['figures'][number]['series'], MessageKey> = {
  actual: 'seriesKindActual',
  cumulative: 'seriesKindCumulative',
  milestone: 'seriesKindMilestone',
};

/** The narratives by year, newest first, each with its department where the table joins several. */
export function NarrativesByYear(props: { detail: KpiDetailView }) {
  const { t, lang } = useView();
  const years = [...new Set(props.detail.narratives.map((n) => n.fiscalYear))].sort(
    (a, b) => b - a,
  );
  return (
    <section className="section" aria-labelledby="narratives">
      <h2 id="narratives">{t('narrativesTitle')}</h2>
      {years.length === 0 && <EmptyView message={t('narrativesEmpty')} />}
      {years.map((year) => (
        <article key={year} className="narrative-year card">
          <h3>{yearLabel(year, lang)}</h3>
          {props.detail.narratives
            .filter((n) => n.fiscalYear === year)
            .map((n, i) => (
              <p key={i}>
                {n.department !== null && <strong>{n.department}: </strong>}
                {n.text}
              </p>
            ))}
        </article>
      ))}
    </section>
  );
}

/**
 * Every stored figure with its review state and version; on a phone each figure is a card of
 * labelled lines (phone.css), as the progress table's KPIs are, rather than a table cut off.
 */
export function FigureHistory(props: { detail: KpiDetailView }) {
  const { t, lang } = useView();
  const { figures, row } = props.detail;
  if (figures.length === 0) return null;
  return (
    <section className="section" aria-labelledby="figure-history">
      <h2 id="figure-history">{t('figureHistory')}</h2>
      <div className="table-scroll" role="region" aria-labelledby="figure-history" tabIndex={0}>
        <table className="data-table history-table">
          <thead>
            <tr>
              <th scope="col">{t('colYear')}</th>
              <th scope="col">{t('colDepartment')}</th>
              <th scope="col">{t('colKind')}</th>
              <th scope="col" className="num">
                {t('colValue')}
              </th>
              <th scope="col">{t('colState')}</th>
              <th scope="col" className="num">
                {t('colVersion')}
              </th>
              <th scope="col">{t('colUpdated')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f, i) => (
              <tr key={i}>
                <th scope="row">{yearLabel(f.fiscalYear, lang)}</th>
                <td data-label={t('colDepartment')}>{f.department ?? ''}</td>
                <td data-label={t('colKind')}>{t(SERIES[f.series])}</td>
                <td className="num" data-label={t('colValue')}>
                  {withUnit(f.text, row.unit)}
                </td>
                <td data-label={t('colState')}>{t(STATE[f.state])}</td>
                <td className="num" data-label={t('colVersion')}>
                  {f.version}
                </td>
                <td data-label={t('colUpdated')}>{dateTimeText(f.updatedAt, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
