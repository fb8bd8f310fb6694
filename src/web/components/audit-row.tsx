import type { AuditEntryView } from '../../domain/api-contract.ts';
import { auditActionText, auditFieldText } from '../format/audit-labels.ts';
import { dateTimeText } from '../format/date-time.ts';
import { yearLabel } from '../format/year-label.ts';
import { useView } from '../view-context.tsx';
import { AuditChange } from './audit-change.tsx';

/**
 * Where audit entries are listed: the admin's log names, besides, the e-mail, the address and
 * the KPI of each; a KPI's page lists its own entries.
 */
export type AuditListing = 'log' | 'kpi';

/** The columns of a list of audit entries. */
export function AuditHead(props: { listing: AuditListing }) {
  const { t } = useView();
  const log = props.listing === 'log';
  return (
    <thead>
      <tr>
        <th scope="col">{t('colWhen')}</th>
        <th scope="col">{log ? t('colWho') : t('colChangedBy')}</th>
        {log && <th scope="col">{t('colFrom')}</th>}
        <th scope="col">{t('colWhat')}</th>
        {log && <th scope="col">{t('colKpiCode')}</th>}
        <th scope="col">{t('colYear')}</th>
        <th scope="col">{t('colField')}</th>
        <th scope="col">{t('colChange')}</th>
      </tr>
    </thead>
  );
}

/** One audit entry: when, who, what, the year, the field and its old → new value. */
export function AuditRow(props: { entry: AuditEntryView; listing: AuditListing }) {
  const { t, lang } = useView();
  const { entry } = props;
  const log = props.listing === 'log';
  return (
    <tr>
      <td className="nowrap">
        <time dateTime={entry.at}>{dateTimeText(entry.at, lang)}</time>
      </td>
      <th scope="row" className={log ? undefined : 'nowrap'}>
        {entry.actorName ?? entry.actor}
        {log && entry.actorName !== null && <span className="audit-email">{entry.actor}</span>}
      </th>
      {log && <td>{entry.address ?? ''}</td>}
      <td>{auditActionText(entry, t)}</td>
      {log && <td>{entry.kpiCode ?? ''}</td>}
      <td className="nowrap">
        {entry.fiscalYear === null ? '' : yearLabel(entry.fiscalYear, lang)}
      </td>
      <td>{auditFieldText(entry, t)}</td>
      <td>
        <AuditChange entry={entry} />
      </td>
    </tr>
  );
}
