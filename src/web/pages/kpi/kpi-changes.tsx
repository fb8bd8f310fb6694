import type { KpiDetailView } from '../../../domain/api-contract.ts';
import { AuditHead, AuditRow } from '../../components/audit-row.tsx';
import { EmptyView } from '../../components/status-views.tsx';
import { useView } from '../../view-context.tsx';

/** The KPI's own audit entries, newest first, each with the name of who made it (members only). */
export function KpiChanges(props: { changes: KpiDetailView['changes'] }) {
  const { t } = useView();
  return (
    <section className="section" aria-labelledby="kpi-changes">
      <h2 id="kpi-changes">{t('changesHistory')}</h2>
      {props.changes.length === 0 ? (
        <EmptyView message={t('changesHistoryEmpty')} />
      ) : (
        <div className="table-scroll">
          <table className="data-table audit-table">
            <AuditHead listing="kpi" />
            <tbody>
              {props.changes.map((entry) => (
                <AuditRow key={entry.id} entry={entry} listing="kpi" />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
