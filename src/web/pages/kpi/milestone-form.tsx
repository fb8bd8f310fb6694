import type { FormEvent } from 'react';
import { useState } from 'react';
import type { KpiDetailView } from '../../../domain/api-contract.ts';
import { groupDigits } from '../../../domain/digit-grouping.ts';
import { parseFiscalYear } from '../../../domain/fiscal-year.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { TextField } from '../../components/text-field.tsx';
import { yearLabel } from '../../format/year-label.ts';
import { useView } from '../../view-context.tsx';
import { explainPublishedYear } from './kpi-life.tsx';

/**
 * A KPI's yearly milestones (年度目標, issue 20) for admins on its page: the ones set, and a
 * year's milestone set or revised; a published year's is kept (the refusal says so).
 */
export function MilestoneForm(props: {
  planId: number;
  detail: KpiDetailView;
  onSaved: () => void;
}) {
  const { t, lang } = useView();
  const { detail } = props;
  const milestones = detail.figures.filter(
    (f) => f.series === 'milestone' && f.department === null,
  );
  const [year, setYear] = useState('');
  const [value, setValue] = useState('');
  const [typed, setTyped] = useState<string | null>(null);
  const { run, busy, outcome, refusal } = useMutation(explainPublishedYear(t, 'fy'));
  const errorFor = (field: string) =>
    field === 'fy' && typed !== null ? typed : refusal?.field === field ? refusal.text : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fy = parseFiscalYear(year.trim());
    if (fy === undefined) return setTyped(t('lifeYearInvalid'));
    setTyped(null);
    const version = milestones.find((m) => m.fiscalYear === fy)?.version ?? 0;
    const path = apiPaths.milestone(props.planId, detail.row.code, fy);
    if (await run('PUT', path, { value: value.trim(), version }, t('milestoneSaved'))) {
      setValue('');
      props.onSaved();
    }
  }
  return (
    <section className="section card" aria-labelledby="kpi-milestones">
      <h2 id="kpi-milestones">{t('milestoneTitle')}</h2>
      <p>{t('milestoneLead')}</p>
      {milestones.length > 0 && (
        <ul>
          {milestones.map((m) => (
            <li key={m.fiscalYear}>
              {yearLabel(m.fiscalYear, lang)}: {groupDigits(m.text)} {detail.row.unit}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="form form--grid" noValidate>
        <TextField
          id="kpi-milestone-fy"
          label={t('milestoneYear')}
          hint="R7"
          value={year}
          onChange={(e) => setYear(e.target.value)}
          error={errorFor('fy')}
        />
        <TextField
          id="kpi-milestone-value"
          label={t('milestoneValue')}
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={errorFor('value')}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            {t('milestoneSave')}
          </button>
        </div>
        <FormStatus outcome={outcome} />
      </form>
    </section>
  );
}
