import { useState } from 'react';
import type { PlanSummaryView, PublicationView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { Loading } from '../../components/status-views.tsx';
import { dateTimeText } from '../../format/date-time.ts';
import { yearLabel } from '../../format/year-label.ts';
import { useSession } from '../../session/session-context.tsx';
import { useView } from '../../view-context.tsx';
import type { YearPublication } from '../publication-years.ts';
import { yearPublications } from '../publication-years.ts';
import { PublicationConfirm } from './publication-confirm.tsx';

/**
 * An admin's publication of the plan's years: which are published, by whom and when, and a
 * button to publish or withdraw each after a confirmation. Visitors read published years only.
 */
export function PublicationPanel(props: {
  plan: PlanSummaryView;
  publications: readonly PublicationView[] | null;
  onChanged: () => void;
}) {
  const { t, lang } = useView();
  const { send } = useSession();
  const [asking, setAsking] = useState<YearPublication | null>(null);
  // 409: the year's round is not done; the server's sentence names what is left.
  const { perform, clear, busy, outcome } = useMutation((error) =>
    error.status === 409
      ? `${t('publishRoundNotDone')}（${t('errorDetail', { message: error.message })}）`
      : null,
  );

  const change = async (row: YearPublication, reason: string) => {
    const year = yearLabel(row.fiscalYear, lang);
    const publish = row.publication === null;
    const body = publish ? { published: true } : { published: false, reason };
    const put = () => send('PUT', apiPaths.publication(props.plan.id, row.fiscalYear), body);
    const done = await perform(put, () =>
      t(publish ? 'publicationPublished' : 'publicationWithdrawn', { year }),
    );
    setAsking(null);
    if (done.ok) props.onChanged();
  };

  return (
    <section className="section no-print" aria-labelledby="publication-title">
      <h2 id="publication-title">{t('publicationTitle')}</h2>
      <p>{t('publicationLead')}</p>
      <FormStatus outcome={outcome} />
      {props.publications === null ? (
        <Loading />
      ) : (
        <div className="table-scroll">
          <table className="data-table publication-table">
            <thead>
              <tr>
                <th scope="col">{t('colYear')}</th>
                <th scope="col">{t('colStatus')}</th>
                <th scope="col">{t('colPublishedBy')}</th>
                <th scope="col">{t('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {yearPublications(props.plan.fiscalYears, props.publications).map((row) => {
                const year = yearLabel(row.fiscalYear, lang);
                const { publication } = row;
                return (
                  <tr key={row.fiscalYear} data-year={row.fiscalYear}>
                    <th scope="row">{year}</th>
                    <td>
                      {publication === null ? (
                        <span className="unpublished-mark">{t('unpublished')}</span>
                      ) : (
                        t('published')
                      )}
                    </td>
                    <td>
                      {publication &&
                        `${publication.publishedBy}（${dateTimeText(publication.publishedAt, lang)}）`}
                    </td>
                    <td className="actions">
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={t(publication ? 'withdrawLabel' : 'publishLabel', { year })}
                        onClick={() => {
                          clear();
                          setAsking(row);
                        }}
                      >
                        {publication ? t('withdraw') : t('publish')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {asking && (
        <PublicationConfirm
          key={asking.fiscalYear}
          planId={props.plan.id}
          fiscalYear={asking.fiscalYear}
          year={yearLabel(asking.fiscalYear, lang)}
          publish={asking.publication === null}
          busy={busy}
          onConfirm={(reason) => change(asking, reason)}
          onCancel={() => setAsking(null)}
        />
      )}
    </section>
  );
}
