import type { AuditEntryView } from '../../domain/api-contract.ts';
import { useView } from '../view-context.tsx';

/** An entry's old → new value; a missing one shows as （なし）. */
export function AuditChange(props: { entry: AuditEntryView }) {
  const { t } = useView();
  const { oldValue, newValue } = props.entry;
  if (oldValue === null && newValue === null) return null;
  return (
    <span className="audit-change">
      <span className="audit-change__old">{oldValue ?? t('auditNoValue')}</span>
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden">→</span>
      <span className="audit-change__new">{newValue ?? t('auditNoValue')}</span>
    </span>
  );
}
