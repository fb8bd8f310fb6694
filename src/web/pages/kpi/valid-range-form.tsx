import type { FormEvent } from 'react';
import { useState } from 'react';
import type { KpiDetailView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useView } from '../../view-context.tsx';
import { groupDigits } from '../../../domain/digit-grouping.ts';

const boundText = (bound: number | null | undefined) =>
  bound === null || bound === undefined ? '' : String(bound);

/** A bound as typed: blank is open, full-width digits folded; undefined when not a number. */
function readBound(text: string): number | null | undefined {
  const folded = text.normalize('NFKC').replace(/,/g, '').trim();
  if (folded === '') return null;
  const value = Number(folded);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * The range a KPI declares for its figures (issue 23), for admins on the KPI's page: the entry
 * form and the submission refuse a figure outside it (a satisfaction of -5%, a count of -1).
 * Saved with the KPI record's version (PATCH …/kpis/:code).
 */
export function ValidRangeForm(props: {
  planId: number;
  detail: KpiDetailView;
  onSaved: () => void;
}) {
  const { t } = useView();
  const { detail } = props;
  const range = detail.validRange;
  const [min, setMin] = useState(boundText(range?.min));
  const [max, setMax] = useState(boundText(range?.max));
  const [typed, setTyped] = useState<string | null>(null);
  const { run, busy, outcome, refusal } = useMutation();
  const now =
    range === null
      ? t('rangeOpen')
      : `${groupDigits(boundText(range.min))}〜${groupDigits(boundText(range.max))} ${detail.row.unit} ${t(range.declared ? 'rangeDeclared' : 'rangeByUnit')}`;
  const path = apiPaths.kpiRecord(props.planId, detail.row.code);

  async function save(validRange: { min: number | null; max: number | null } | null) {
    const body = { validRange, version: detail.version };
    if (await run('PATCH', path, body, t('rangeSaved'))) props.onSaved();
  }
  async function submit(event: FormEvent) {
    event.preventDefault();
    const [low, high] = [readBound(min), readBound(max)];
    if (low === undefined || high === undefined) return setTyped(t('rangeInvalid'));
    setTyped(null);
    await save({ min: low, max: high });
  }
  const error = typed ?? (refusal?.field?.startsWith('validRange') ? refusal.text : null);
  return (
    <section className="section card" aria-labelledby="kpi-range">
      <h2 id="kpi-range">{t('rangeTitle')}</h2>
      <p>{t('rangeLead')}</p>
      <p>{t('rangeNow', { range: now })}</p>
      <form onSubmit={submit} className="form form--grid" noValidate>
        <TextField
          id="kpi-range-min"
          label={t('rangeMin')}
          inputMode="decimal"
          value={min}
          onChange={(e) => setMin(e.target.value)}
          error={error}
        />
        <TextField
          id="kpi-range-max"
          label={t('rangeMax')}
          inputMode="decimal"
          value={max}
          onChange={(e) => setMax(e.target.value)}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            {t('rangeSave')}
          </button>
          {range?.declared === true && (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => void save(null)}
            >
              {t('rangeClear')}
            </button>
          )}
        </div>
        <FormStatus outcome={outcome} />
      </form>
    </section>
  );
}
