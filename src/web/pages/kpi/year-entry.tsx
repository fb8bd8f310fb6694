import type { FormEvent } from 'react';
import { useEffect, useState } from 'react';
import type { KpiDetailView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { asApiError } from '../../api/api-error.ts';
import { FormStatus } from '../../components/form-status.tsx';
import type { Outcome } from '../../components/form-status.tsx';
import { TextField } from '../../components/text-field.tsx';
import { yearLabel } from '../../format/year-label.ts';
import { apiErrorMessage } from '../../i18n/api-error-message.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { useSession } from '../../session/session-context.tsx';
import { useView } from '../../view-context.tsx';

type Kind = 'narrative' | 'figure';

/** A refused entry in the editor's words: someone saved first (409), or the value is not a figure. */
function entryErrorText(failure: unknown, kind: Kind, t: Translate): string {
  const error = asApiError(failure);
  if (error.code === 'conflict') return t('entryConflict');
  if (error.code === 'validation') {
    return kind === 'narrative'
      ? t('entryEmpty')
      : t('entryFigureInvalid', { message: error.message });
  }
  return apiErrorMessage(error, t);
}

/**
 * The edit affordance of the KPI page: the selected year's narrative and figure of the KPI as a
 * whole (department null), each saved with the version it was read at. Shown only to a user
 * who may enter them (mayEnter); the server decides again.
 */
export function YearEntry(props: { planId: number; detail: KpiDetailView; onSaved: () => void }) {
  const { t, lang } = useView();
  const { detail } = props;
  const fy = detail.fiscalYear;
  const [open, setOpen] = useState(false);
  const narrative = detail.narratives.find((n) => n.fiscalYear === fy && n.department === null);
  const figure = detail.figures.find(
    (f) => f.fiscalYear === fy && f.department === null && f.series === 'actual',
  );
  const year = yearLabel(fy, lang);
  return (
    <section className="section entry no-print" aria-labelledby="entry-title">
      <h2 id="entry-title">{t('entryTitle', { year })}</h2>
      <p>{t('entryLead', { year })}</p>
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        aria-controls={open ? 'entry-forms' : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('entryClose') : t('entryOpen', { year })}
      </button>
      {open && (
        <div id="entry-forms" className="entry__forms">
          <EntryForm
            key={`narrative-${fy}`}
            kind="narrative"
            path={apiPaths.narrative(props.planId, detail.row.code, fy)}
            stored={narrative?.text ?? ''}
            version={narrative?.version ?? 0}
            onSaved={props.onSaved}
          />
          <EntryForm
            key={`figure-${fy}`}
            kind="figure"
            path={apiPaths.figure(props.planId, detail.row.code, fy)}
            stored={figure?.text ?? ''}
            version={figure?.version ?? 0}
            unit={detail.row.unit}
            onSaved={props.onSaved}
          />
        </div>
      )}
    </section>
  );
}

/** One field saved on its own: the narrative (a text area) or the figure (a text input). */
function EntryForm(props: {
  kind: Kind;
  path: string;
  stored: string;
  version: number;
  unit?: string;
  onSaved: () => void;
}) {
  const { t } = useView();
  const { send } = useSession();
  const [value, setValue] = useState(props.stored);
  // A reload after someone else saved shows what they saved (the message said so).
  useEffect(() => setValue(props.stored), [props.stored]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [conflict, setConflict] = useState(false);
  const id = `entry-${props.kind}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (props.kind === 'narrative' && value.trim() === '') {
      setOutcome({ kind: 'error', text: t('entryEmpty') });
      return;
    }
    setBusy(true);
    setOutcome(null);
    setConflict(false);
    const body =
      props.kind === 'narrative'
        ? { text: value, department: null, version: props.version }
        : { value: value.trim(), department: null, version: props.version };
    send('PUT', props.path, body).then(
      () => {
        setBusy(false);
        setOutcome({ kind: 'done', text: t('entrySaved') });
        props.onSaved();
      },
      (error: unknown) => {
        setBusy(false);
        setConflict(asApiError(error).code === 'conflict');
        setOutcome({ kind: 'error', text: entryErrorText(error, props.kind, t) });
      },
    );
  };

  const versionText =
    props.version === 0 ? t('entryVersionNew') : t('entryVersion', { version: props.version });
  return (
    <form className="form card" onSubmit={submit} noValidate data-entry={props.kind}>
      {props.kind === 'narrative' ? (
        <div className="field form-field">
          <label htmlFor={id}>{t('entryNarrative')}</label>
          <span id={`${id}-hint`} className="field__hint">
            {versionText}
          </span>
          <textarea
            id={id}
            rows={6}
            maxLength={4000}
            aria-describedby={`${id}-hint`}
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        </div>
      ) : (
        <TextField
          id={id}
          label={t('entryFigure', { unit: props.unit ?? '' })}
          hint={`${versionText} / ${t('entryFigureHint')}`}
          inputMode="decimal"
          maxLength={60}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
      )}
      <FormStatus outcome={outcome}>
        {conflict && (
          <button type="button" className="button button--secondary" onClick={props.onSaved}>
            {t('reload')}
          </button>
        )}
      </FormStatus>
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          {busy
            ? t('formSaving')
            : props.kind === 'narrative'
              ? t('entrySaveNarrative')
              : t('entrySaveFigure')}
        </button>
      </div>
    </form>
  );
}
