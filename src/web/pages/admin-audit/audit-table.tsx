import type { AuditEntryView } from '../../../domain/api-contract.ts';
import { AuditHead, AuditRow } from '../../components/audit-row.tsx';
import { useView } from '../../view-context.tsx';

/** The log's entries, newest first: who, when, from where, what, KPI, year, field, old → new. */
export function AuditTable(props: { entries: readonly AuditEntryView[] }) {
  const { t } = useView();
  return (
    <div className="table-scroll">
      <table className="data-table audit-table">
        <caption className="visually-hidden">{t('auditTitle')}</caption>
        <AuditHead listing="log" />
        <tbody>
          {props.entries.map((entry) => (
            <AuditRow key={entry.id} entry={entry} listing="log" />
          ))}
        </tbody>
      </table>
    </div>
  );
}
