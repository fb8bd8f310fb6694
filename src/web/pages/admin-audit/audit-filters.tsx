import type { FormEvent } from 'react';
import { useState } from 'react';
import { navigate } from '../../routing/location.ts';
import { useView } from '../../view-context.tsx';

/** The log's filters, written to the URL (kpi, since) so a filtered view can be shared. */
export function AuditFilters(props: { kpi: string; since: string }) {
  const { t, here } = useView();
  const [kpi, setKpi] = useState(props.kpi);
  const [since, setSince] = useState(props.since);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(here({ kpi: kpi.trim(), since }));
  };
  return (
    <form className="filters" role="search" aria-label={t('filters')} onSubmit={submit}>
      <div className="field">
        <label htmlFor="audit-kpi">{t('auditFilterKpi')}</label>
        <input
          id="audit-kpi"
          type="search"
          value={kpi}
          maxLength={20}
          onChange={(event) => setKpi(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="audit-since">{t('auditFilterSince')}</label>
        <input
          id="audit-since"
          type="date"
          value={since}
          onChange={(event) => setSince(event.target.value)}
        />
      </div>
      <div className="filters__foot">
        <button type="submit" className="button">
          {t('auditApply')}
        </button>
      </div>
    </form>
  );
}
