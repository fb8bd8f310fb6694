import type { KpiDetailView } from '../../../domain/api-contract.ts';
import { AuditChange } from '../../components/audit-change.tsx';
import { EmptyView } from '../../components/status-views.tsx';
import { auditActionText, auditFieldText } from '../../format/audit-labels.ts';
import { dateTimeText } from '../../format/date-time.ts';
import { yearLabel } from '../../format/year-label.ts';
import { useView } from '../../view-context.tsx';

/** The KPI's own audit entries, newest first, each with the name of who made it (members only). */
export function KpiChanges(props: { changes: KpiDetailView['changes'] }) {
  const { t, lang } = useView();
  return (
    <section className="section" aria-labelledby="kpi-changes">
      <h2 id="kpi-changes">{t('changesHistory')}</h2>
      {props.changes.length === 0 ? (
        <EmptyView message={t('changesHistoryEmpty')} />
      ) : (
        <div className="table-scroll">
          <table className="data-table audit-table">
            <thead>
              <tr>
                <th scope="col">{t('colWhen')}</th>
                <th scope="col">{t('colChangedBy')}</th>
                <th scope="col">{t('colWhat')}</th>
                <th scope="col">{t('colYear')}</th>
                <th scope="col">{t('colField')}</th>
                <th scope="col">{t('colChange')}</th>
              </tr>
            </thead>
            <tbody>
              {props.changes.map((entry) => (
                <tr key={entry.id}>
                  <td className="nowrap">
                    <time dateTime={entry.at}>{dateTimeText(entry.at, lang)}</time>
                  </td>
                  <th scope="row" className="nowrap">
                    {entry.actorName ?? entry.actor}
                  </th>
                  <td>{auditActionText(entry, t)}</td>
                  <td className="nowrap">
                    {entry.fiscalYear === null ? '' : yearLabel(entry.fiscalYear, lang)}
                  </td>
                  <td>{auditFieldText(entry, t)}</td>
                  <td>
                    <AuditChange entry={entry} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
