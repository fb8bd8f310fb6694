import type { AuditEntryView } from '../../../domain/api-contract.ts';
import { AuditChange } from '../../components/audit-change.tsx';
import { auditActionText, auditFieldText } from '../../format/audit-labels.ts';
import { dateTimeText } from '../../format/date-time.ts';
import { yearLabel } from '../../format/year-label.ts';
import { useView } from '../../view-context.tsx';

/** The log's entries, newest first: who, when, from where, what, KPI, year, field, old → new. */
export function AuditTable(props: { entries: readonly AuditEntryView[] }) {
  const { t, lang } = useView();
  return (
    <div className="table-scroll">
      <table className="data-table audit-table">
        <caption className="visually-hidden">{t('auditTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colWhen')}</th>
            <th scope="col">{t('colWho')}</th>
            <th scope="col">{t('colFrom')}</th>
            <th scope="col">{t('colWhat')}</th>
            <th scope="col">{t('colKpiCode')}</th>
            <th scope="col">{t('colYear')}</th>
            <th scope="col">{t('colField')}</th>
            <th scope="col">{t('colChange')}</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((entry) => (
            <tr key={entry.id}>
              <td className="nowrap">
                <time dateTime={entry.at}>{dateTimeText(entry.at, lang)}</time>
              </td>
              <th scope="row">
                {entry.actorName ?? entry.actor}
                {entry.actorName !== null && <span className="audit-email">{entry.actor}</span>}
              </th>
              <td>{entry.address ?? ''}</td>
              <td>{auditActionText(entry, t)}</td>
              <td>{entry.kpiCode ?? ''}</td>
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
  );
}
