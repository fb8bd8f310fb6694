import type { PublicationNoticesView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useApi } from '../../api/use-api.ts';
import { PageLayout } from '../../components/page-layout.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { EmptyView } from '../../components/status-views.tsx';
import { dateTimeText } from '../../format/date-time.ts';
import { Link } from '../../routing/link.tsx';
import { useView } from '../../view-context.tsx';

/**
 * 更新情報 for people (issue 23): the plan's Atom feed as a page — years published and
 * withdrawn, published values corrected with their reasons — newest first, each linking to the
 * page it is about; the feed itself stays for feed readers, linked from here.
 */
export function UpdatesPage(props: { planId: number }) {
  const { t, lang } = useView();
  const notices = useApi<PublicationNoticesView>(apiPaths.notices(props.planId));
  const { state } = notices;
  const title =
    state.status === 'ok' ? t('updatesTitle', { plan: state.data.plan.name }) : t('updatesHeading');
  return (
    <PageLayout title={title}>
      <h1>{title}</h1>
      <Loaded load={notices}>
        {(data) => (
          <>
            <p>
              {t('updatesLead', { municipality: data.plan.municipality })}{' '}
              <a href={apiPaths.feed(props.planId)} type="application/atom+xml">
                {t('updatesFeed')}
              </a>
            </p>
            {data.notices.length === 0 ? (
              <EmptyView message={t('updatesEmpty')} />
            ) : (
              <ol className="updates">
                {data.notices.map((notice) => (
                  <li key={notice.id} className="card updates__item">
                    <p className="field__hint">
                      <time dateTime={notice.at}>{dateTimeText(notice.at, lang)}</time>
                    </p>
                    <h2 className="updates__title">
                      <Link href={notice.path}>{notice.title}</Link>
                    </h2>
                    <p className="updates__text">{notice.text}</p>
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </Loaded>
    </PageLayout>
  );
}
