import type { FormEvent } from 'react';
import { useState } from 'react';
import type { PlanSummaryView } from '../../../domain/api-contract.ts';
import type { FiscalYear } from '../../../domain/fiscal-year.ts';
import { fiscalYear, fiscalYearOfDate, formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { japanDay } from '../../../domain/japan-day.ts';
import { roundYears } from '../../../domain/round-year.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { TextField } from '../../components/text-field.tsx';
import { yearLabel } from '../../format/year-label.ts';
import { useSession } from '../../session/session-context.tsx';
import { useView } from '../../view-context.tsx';

/** The fiscal year today falls in, by Japan's calendar. */
function thisFiscalYear(now: Date): FiscalYear {
  const [year = 0, month = 0] = japanDay(now).split('-').map(Number);
  return fiscalYearOfDate({ year, month });
}

/** An admin opens the round of a fiscal year with its due date (照会の開始). */
export function OpenRoundForm(props: {
  planId: number;
  plan: PlanSummaryView;
  taken: readonly FiscalYear[];
  onOpened: () => void;
}) {
  const { t, lang } = useView();
  const { send } = useSession();
  // The plan's period only, and first the year after the latest reported (issue 23).
  const { choices, proposed } = roundYears({
    startYear: props.plan.startYear,
    endYear: props.plan.endYear,
    reported: props.plan.fiscalYears,
    taken: props.taken,
    today: thisFiscalYear(new Date()),
  });
  const [fy, setFy] = useState(String(proposed ?? ''));
  const [due, setDue] = useState('');
  const { perform, busy, outcome } = useMutation();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const year = fiscalYear(Number(fy));
    const open = () =>
      send<{ departmentsWithoutEditor: string[] }>('POST', `/api/plans/${props.planId}/rounds`, {
        fy: formatFiscalYear(year),
        due,
      });
    const said = (opened: { departmentsWithoutEditor: string[] } | null) => {
      const nobody = opened?.departmentsWithoutEditor ?? [];
      const text = t('roundOpened', { year: yearLabel(year, lang) });
      return nobody.length === 0
        ? text
        : `${text} ${t('roundOpenedNoEditor', { departments: nobody.join('、') })}`;
    };
    if ((await perform(open, said)).ok) props.onOpened();
  };
  return (
    <section className="section" aria-labelledby="open-round">
      <h2 id="open-round">{t('roundOpenTitle')}</h2>
      <form className="form form--grid card" onSubmit={submit} noValidate>
        <div className="field form-field">
          <label htmlFor="round-fy">{t('roundOpenYear')}</label>
          <select id="round-fy" value={fy} onChange={(event) => setFy(event.target.value)}>
            {choices.map((year) => (
              <option key={year} value={year} disabled={props.taken.includes(year)}>
                {yearLabel(year, lang)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="round-due"
          label={t('roundOpenDue')}
          type="date"
          required
          value={due}
          onChange={(event) => setDue(event.target.value)}
        />
        <FormStatus outcome={outcome} />
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy || due === '' || fy === ''}>
            {busy ? t('formSaving') : t('roundOpenSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
