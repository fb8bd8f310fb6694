import type { FormEvent } from 'react';
import { useState } from 'react';
import type { PlanTreeView } from '../../../domain/api-contract.ts';
import { parseFiscalYear } from '../../../domain/fiscal-year.ts';
import { apiPaths, getJson } from '../../api/api-client.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { Link } from '../../routing/link.tsx';
import { FormStatus } from '../../components/form-status.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useView } from '../../view-context.tsx';

/**
 * The next plan (次期計画, issue 20): its name and period, and the KPIs to carry over (those
 * still in force at the plan's end, all chosen to begin with). POST …/successor.
 */
export function SuccessorForm(props: { tree: PlanTreeView }) {
  const { t, to } = useView();
  const { tree } = props;
  const kpis = tree.policies.flatMap((p) =>
    p.themes.flatMap((th) => th.kpis.filter((k) => k.until === null)),
  );
  const [fields, setFields] = useState({ name: '', start: '', end: '' });
  const [carry, setCarry] = useState<ReadonlySet<string>>(new Set(kpis.map((k) => k.code)));
  const [local, setLocal] = useState<{ field: string; text: string } | null>(null);
  const [made, setMade] = useState<number | null>(null);
  const { busy, outcome, refusal, run } = useMutation();
  const shown = local ?? refusal;
  const errorFor = (field: string) => (shown?.field === field ? shown.text : null);
  const set = (name: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [name]: e.target.value }));
  const toggle = (code: string) =>
    setCarry((now) => {
      const next = new Set(now);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setLocal(null);
    const start = parseFiscalYear(fields.start.trim());
    const end = parseFiscalYear(fields.end.trim());
    if (start === undefined) return setLocal({ field: 'startYear', text: t('lifeYearInvalid') });
    if (end === undefined) return setLocal({ field: 'endYear', text: t('lifeYearInvalid') });
    const body = {
      name: fields.name.trim(),
      startYear: start,
      endYear: end,
      carry: kpis.map((k) => k.code).filter((code) => carry.has(code)),
    };
    const path = apiPaths.successor(tree.plan.id);
    if (await run('POST', path, body, t('successorCreated', { name: body.name }))) {
      // The new plan's id, to link to its administration page.
      const plans = await getJson<{ id: number; name: string }[]>(apiPaths.plans());
      setMade(plans.find((p) => p.name === body.name)?.id ?? null);
    }
    return undefined;
  }

  return (
    <section className="section card" aria-labelledby="plan-admin-successor">
      <h2 id="plan-admin-successor">{t('successorTitle')}</h2>
      <p>{t('successorLead')}</p>
      <form onSubmit={submit} className="form form--grid" noValidate>
        <FormStatus outcome={outcome} />
        {made !== null && (
          <p>
            <Link href={to({ page: 'plan-admin', planId: made })}>{t('successorOpen')}</Link>
          </p>
        )}
        <TextField
          id="successor-name"
          label={t('successorName')}
          value={fields.name}
          onChange={set('name')}
          error={errorFor('name')}
        />
        <TextField
          id="successor-start"
          label={t('successorStart')}
          hint="R9"
          value={fields.start}
          onChange={set('start')}
          error={errorFor('startYear')}
        />
        <TextField
          id="successor-end"
          label={t('successorEnd')}
          hint="R13"
          value={fields.end}
          onChange={set('end')}
          error={errorFor('endYear')}
        />
        <fieldset className="field form-field">
          <legend>{t('successorCarry')}</legend>
          {kpis.map((kpi) => (
            <label key={kpi.code} className="field--check">
              <input
                type="checkbox"
                checked={carry.has(kpi.code)}
                onChange={() => toggle(kpi.code)}
              />{' '}
              {kpi.code} {kpi.title}
            </label>
          ))}
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            {t('successorCreate')}
          </button>
        </div>
      </form>
    </section>
  );
}
