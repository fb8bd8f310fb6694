import type { FormEvent } from 'react';
import { useState } from 'react';
import type { PlanTreeView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { SelectField } from '../../components/select-field.tsx';
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
        <SelectField
          id="move-kpi"
          label={t('moveKpiWhich')}
          value={code}
          options={kpis.map((k) => ({ value: k.code, label: `${k.code} ${k.title}` }))}
          onChange={setCode}
        />
        <SelectField
          id="move-kpi-theme"
          label={t('planAdminTheme')}
          value={place}
          options={themes.map((th) => ({
            value: th.key,
            label: `${th.policy}-${th.theme.number} ${th.theme.name}`,
          }))}
          onChange={(value) => {
            setPlace(value);
            setBefore('');
          }}
        />
        <SelectField
          id="move-kpi-before"
          label={t('moveKpiBefore')}
          value={before}
          first={{ value: '', label: t('moveKpiLast') }}
          options={neighbours.map((k) => ({ value: k.code, label: `${k.code} ${k.title}` }))}
          onChange={setBefore}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            {t('moveKpiButton')}
          </button>
        </div>
      </form>
    </section>
  );
}
