import type { FormEvent } from 'react';
import { useState } from 'react';
import type { PlanTreeView } from '../../../domain/api-contract.ts';
import type { ApiError } from '../../api/api-error.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import type { Translate } from '../../i18n/i18n.ts';
import { navigate } from '../../routing/location.ts';
import { useView } from '../../view-context.tsx';

/** A published plan or KPI is kept: the refusal in the admin's words. */
const explainKept =
  (t: Translate) =>
  (error: ApiError): string | null =>
    error.code === 'conflict' ? t('deletePublished') : null;

/**
 * Deleting only what was never published (issue 20): a KPI added by mistake, or the whole plan
 * before any year of it is published. Each asks to be confirmed by name first; the server
 * refuses whatever a published report showed (retire it from a year instead).
 */
export function DeleteForms(props: { tree: PlanTreeView; onSaved: () => void }) {
  const { t, to } = useView();
  const { tree } = props;
  const kpis = tree.policies.flatMap((p) => p.themes.flatMap((th) => th.kpis));
  const [code, setCode] = useState(kpis[0]?.code ?? '');
  const [kpiSure, setKpiSure] = useState(false);
  const [planSure, setPlanSure] = useState(false);
  const kpi = useMutation(explainKept(t));
  const plan = useMutation(explainKept(t));

  async function deleteKpi(event: FormEvent) {
    event.preventDefault();
    const done = t('deleteKpiDone', { code });
    if (await kpi.run('DELETE', apiPaths.kpi(tree.plan.id, code, null), undefined, done)) {
      setKpiSure(false);
      props.onSaved();
    }
  }
  async function deletePlan(event: FormEvent) {
    event.preventDefault();
    const done = t('deletePlanDone', { name: tree.plan.name });
    if (await plan.run('DELETE', apiPaths.plan(tree.plan.id), undefined, done)) {
      navigate(to({ page: 'plans' }));
    }
  }

  return (
    <section className="section card" aria-labelledby="plan-admin-delete">
      <h2 id="plan-admin-delete">{t('deleteTitle')}</h2>
      <p>{t('deleteLead')}</p>
      {kpis.length > 0 && (
        <form onSubmit={deleteKpi} className="form form--grid" noValidate>
          <FormStatus outcome={kpi.outcome} />
          <div className="field form-field">
            <label htmlFor="delete-kpi">{t('deleteKpiLabel')}</label>
            <select
              id="delete-kpi"
              value={code}
              onChange={(e) => {
                setCode(e.target.value);
                setKpiSure(false);
              }}
            >
              {kpis.map((k) => (
                <option key={k.code} value={k.code}>
                  {k.code} {k.title}
                </option>
              ))}
            </select>
          </div>
          <label className="field--check">
            <input
              type="checkbox"
              checked={kpiSure}
              onChange={(e) => setKpiSure(e.target.checked)}
            />{' '}
            {t('deleteKpiConfirm', { code })}
          </label>
          <div className="form__actions">
            <button type="submit" className="button button--danger" disabled={!kpiSure || kpi.busy}>
              {t('deleteKpiButton')}
            </button>
          </div>
        </form>
      )}
      <form onSubmit={deletePlan} className="form form--grid" noValidate>
        <FormStatus outcome={plan.outcome} />
        <label className="field--check">
          <input
            type="checkbox"
            checked={planSure}
            onChange={(e) => setPlanSure(e.target.checked)}
          />{' '}
          {t('deletePlanConfirm', { name: tree.plan.name })}
        </label>
        <div className="form__actions">
          <button type="submit" className="button button--danger" disabled={!planSure || plan.busy}>
            {t('deletePlanButton')}
          </button>
        </div>
      </form>
    </section>
  );
}
