import type { AuditEntryView } from '../../domain/api-contract.ts';
import { auditValueText } from '../format/audit-labels.ts';
import { useView } from '../view-context.tsx';

/** An entry's old → new value in the reader's words; a missing one shows as （なし）. */
export function AuditChange(props: { entry: AuditEntryView }) {
  const { t } = useView();
  const { oldValue, newValue } = props.entry;
  if (oldValue === null && newValue === null) return null;
  return (
    <span className="audit-change">
      <span className="audit-change__old">
        {oldValue === null ? t('auditNoValue') : auditValueText(props.entry, oldValue, t)}
      </span>
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden">→</span>
      <span className="audit-change__new">
        {newValue === null ? t('auditNoValue') : auditValueText(props.entry, newValue, t)}
      </span>
    </span>
  );
}
