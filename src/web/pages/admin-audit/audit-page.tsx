import { useState } from 'react';
import type { AuditEntryView, AuditPageView } from '../../../domain/api-contract.ts';
import type { AuditQuery } from '../../api/api-client.ts';
import { apiPaths, getJson } from '../../api/api-client.ts';
import { useApi } from '../../api/use-api.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { PageLayout } from '../../components/page-layout.tsx';
import { Pending } from '../../components/loaded.tsx';
import { EmptyView } from '../../components/status-views.tsx';
import { RequireSession } from '../../session/require-session.tsx';
import { useView } from '../../view-context.tsx';
import { AuditFilters } from './audit-filters.tsx';
import { AuditTable } from './audit-table.tsx';
import { dayStart } from './day-start.ts';

const PAGE_SIZE = 50;

/** The admin's audit log: every change of the municipality, filtered by KPI and date, paged. */
export function AuditPage() {
  const { t, search } = useView();
  const title = t('auditTitle');
  const kpi = search.get('kpi') ?? '';
  const since = search.get('since') ?? '';
  return (
    <RequireSession title={title} current="admin-audit" role="admin">
      {() => (
        <PageLayout title={title} current="admin-audit">
          <h1>{title}</h1>
          <AuditFilters key={`filters ${kpi} ${since}`} kpi={kpi} since={since} />
          <AuditEntries
            key={`entries ${kpi} ${since}`}
            query={{ kpi, since: dayStart(since), limit: PAGE_SIZE }}
          />
        </PageLayout>
      )}
    </RequireSession>
  );
}

/** The first page of entries, and the pages after it, one "more" at a time (before=next). */
function AuditEntries(props: { query: AuditQuery }) {
  const { t } = useView();
  const { state, reload } = useApi<AuditPageView>(apiPaths.audit(props.query));
  const [more, setMore] = useState<{ entries: AuditEntryView[]; next: number | null } | null>(null);
  const { perform, busy, outcome } = useMutation();
  if (state.status !== 'ok') return <Pending state={state} onRetry={reload} />;
  const entries = [...state.data.entries, ...(more?.entries ?? [])];
  const next = more === null ? state.data.next : more.next;
  if (entries.length === 0) return <EmptyView message={t('auditEmpty')} />;

  const loadMore = async () => {
    if (next === null) return;
    const read = () => getJson<AuditPageView>(apiPaths.audit({ ...props.query, before: next }));
    const page = await perform(read, () => null);
    if (page.ok) {
      setMore({
        entries: [...(more?.entries ?? []), ...page.value.entries],
        next: page.value.next,
      });
    }
  };

  return (
    <section className="section" aria-label={t('auditTitle')}>
      <p className="result-count" role="status">
        {t('auditShown', { count: entries.length })}
      </p>
      <AuditTable entries={entries} />
      <FormStatus outcome={outcome} />
      {next !== null && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={loadMore}
            disabled={busy}
          >
            {busy ? t('loading') : t('auditMore')}
          </button>
        </p>
      )}
    </section>
  );
}
