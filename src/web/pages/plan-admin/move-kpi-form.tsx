import type { FormEvent } from 'react';
import { useState } from 'react';
import type { PlanTreeView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { useView } from '../../view-context.tsx';

/**
 * Arranging the tree (issue 20): a KPI moved to a theme program, before one of its KPIs or
 * last. For a plan not yet published (being set up, a next plan); the server refuses a
 * published plan's move, and the refusal says what to do instead.
 */
export function MoveKpiForm(props: { tree: PlanTreeView; onSaved: () => void }) {
  const { t } = useView();
  const { tree } = props;
  const kpis = tree.policies.flatMap((p) => p.themes.flatMap((th) => th.kpis));
  const themes = tree.policies.flatMap((p) =>
    p.themes.map((th) => ({ key: `${p.number}/${th.number}`, policy: p.number, theme: th })),
  );
  const [code, setCode] = useState(kpis[0]?.code ?? '');
  const [place, setPlace] = useState(themes[0]?.key ?? '');
  const [before, setBefore] = useState('');
  const { run, busy, outcome } = useMutation((error) =>
    error.code === 'conflict' ? t('moveKpiPublished') : null,
  );
  const chosen = themes.find((th) => th.key === place);
  const neighbours = (chosen?.theme.kpis ?? []).filter((k) => k.code !== code);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    const body = {
      policyNumber: chosen.policy,
      themeNumber: chosen.theme.number,
      before: before === '' ? null : before,
    };
    const done = t('moveKpiDone', { code, place: `${chosen.policy}-${chosen.theme.number}` });
    if (await run('POST', apiPaths.kpiMove(tree.plan.id, code), body, done)) props.onSaved();
  }

  if (kpis.length === 0) return null;
  return (
    <section className="section card" aria-labelledby="plan-admin-move">
      <h2 id="plan-admin-move">{t('moveKpiTitle')}</h2>
      <p>{t('moveKpiLead')}</p>
      <form onSubmit={submit} className="form form--grid" noValidate>
        <FormStatus outcome={outcome} />
        <div className="field form-field">
          <label htmlFor="move-kpi">{t('moveKpiWhich')}</label>
          <select id="move-kpi" value={code} onChange={(e) => setCode(e.target.value)}>
            {kpis.map((k) => (
              <option key={k.code} value={k.code}>
                {k.code} {k.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field form-field">
          <label htmlFor="move-kpi-theme">{t('planAdminTheme')}</label>
          <select
            id="move-kpi-theme"
            value={place}
            onChange={(e) => {
              setPlace(e.target.value);
              setBefore('');
            }}
          >
            {themes.map((th) => (
              <option key={th.key} value={th.key}>
                {th.policy}-{th.theme.number} {th.theme.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field form-field">
          <label htmlFor="move-kpi-before">{t('moveKpiBefore')}</label>
          <select id="move-kpi-before" value={before} onChange={(e) => setBefore(e.target.value)}>
            <option value="">{t('moveKpiLast')}</option>
            {neighbours.map((k) => (
              <option key={k.code} value={k.code}>
                {k.code} {k.title}
              </option>
            ))}
          </select>
        </div>
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            {t('moveKpiButton')}
          </button>
        </div>
      </form>
    </section>
  );
}
