import type { FormEvent } from 'react';
import { useState } from 'react';
import type { PlanTreeView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { yearLabel } from '../../format/year-label.ts';
import { useView } from '../../view-context.tsx';
import { explainPublishedYear } from '../kpi/kpi-life.tsx';
import { DatedChangeFields, readDatedChange } from './dated-change-fields.tsx';

/**
 * Arranging the tree (issue 20): a KPI moved to a theme program, before one of its KPIs or
 * last. A plan not yet published (being set up, a next plan) is arranged freely; once a year is
 * published the move takes effect from a year, with a reason, and the published years keep the
 * KPI where they printed it (the server refuses an undated move and a year already published).
 */
export function MoveKpiForm(props: { tree: PlanTreeView; onSaved: () => void }) {
  const { t, lang } = useView();
  const { tree } = props;
  const kpis = tree.policies.flatMap((p) => p.themes.flatMap((th) => th.kpis));
  const themes = tree.policies.flatMap((p) =>
    p.themes.map((th) => ({ key: `${p.number}/${th.number}`, policy: p.number, theme: th })),
  );
  const [code, setCode] = useState(kpis[0]?.code ?? '');
  const [place, setPlace] = useState(themes[0]?.key ?? '');
  const [before, setBefore] = useState('');
  const [from, setFrom] = useState('');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<{ field: string; text: string } | null>(null);
  const published = explainPublishedYear(t);
  const { run, busy, outcome, refusal } = useMutation((error, field) =>
    field === 'from' && from.trim() === '' && error.code === 'conflict'
      ? t('moveKpiPublished')
      : published(error, field),
  );
  const shown = local ?? refusal;
  const errorFor = (field: string) => (shown?.field === field ? shown.text : null);
  const chosen = themes.find((th) => th.key === place);
  const neighbours = (chosen?.theme.kpis ?? []).filter((k) => k.code !== code);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setLocal(null);
    if (!chosen) return;
    // Undated (both blank) for a plan never published; else from a year and why.
    const undated = from.trim() === '' && reason.trim() === '';
    const dated = undated ? null : readDatedChange(from, reason, t);
    if (dated !== null && 'field' in dated) return setLocal(dated);
    const body = {
      policyNumber: chosen.policy,
      themeNumber: chosen.theme.number,
      before: before === '' ? null : before,
      ...(dated === null ? {} : dated),
    };
    const place = `${chosen.policy}-${chosen.theme.number}`;
    const done =
      dated === null
        ? t('moveKpiDone', { code, place })
        : t('moveKpiDoneFrom', { code, place, year: yearLabel(dated.from, lang) });
    if (await run('POST', apiPaths.kpiMove(tree.plan.id, code), body, done)) props.onSaved();
    return undefined;
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
        <DatedChangeFields
          prefix="move-kpi"
          from={from}
          reason={reason}
          onFrom={(e) => setFrom(e.target.value)}
          onReason={(e) => setReason(e.target.value)}
          errorFor={errorFor}
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
