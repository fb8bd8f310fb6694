import type { FormEvent } from 'react';
import { useEffect, useState } from 'react';
import type { KpiDetailView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import type { ApiError } from '../../api/api-error.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { TextField } from '../../components/text-field.tsx';
import { yearLabel } from '../../format/year-label.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { mayEnter } from '../../session/session-actor.ts';
import { useSession } from '../../session/session-context.tsx';
import { useView } from '../../view-context.tsx';

type Kind = 'narrative' | 'figure';

/** A refused entry in the editor's words: someone saved first (409), or the value is not a figure. */
const explainEntry =
  (kind: Kind, t: Translate) =>
  (error: ApiError): string | null => {
    if (error.code === 'conflict') return t('entryConflict');
    if (error.code !== 'validation') return null;
    return kind === 'narrative'
      ? t('entryEmpty')
      : t('entryFigureInvalid', { message: error.message });
  };

/**
 * The edit affordance of the KPI page: the selected year's narrative of the KPI as a whole and
 * its figure, each saved with the version it was read at. A KPI broken down by department (⑰)
 * has a figure per department instead, one field for each the user may enter (an editor of
 * 上下水道課 gets 上下水道課's only). Shown only to a user who may enter the KPI (mayEnter); the
 * server decides again.
 */
export function YearEntry(props: { planId: number; detail: KpiDetailView; onSaved: () => void }) {
  const { t, lang } = useView();
  const { user } = useSession();
  const { detail } = props;
  const { row } = detail;
  const fy = detail.fiscalYear;
  const [open, setOpen] = useState(false);
  const narrative = detail.narratives.find((n) => n.fiscalYear === fy && n.department === null);
  const figureOf = (department: string | null) =>
    detail.figures.find(
      (f) => f.fiscalYear === fy && f.department === department && f.series === 'actual',
    );
  const municipalityId = detail.plan.municipality.id;
  const departments = row.departmentRows
    .map((d) => d.department)
    .filter((department) => mayEnter(user, municipalityId, row.departments, department));
  // A breakdown's total is the departments' figures, unless a whole figure was stored too.
  const whole = row.departmentRows.length === 0 || row.actuals.some((f) => f !== null);
  const figurePath = apiPaths.figure(props.planId, row.code, fy);
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
            path={apiPaths.narrative(props.planId, row.code, fy)}
            stored={narrative?.text ?? ''}
            version={narrative?.version ?? 0}
            onSaved={props.onSaved}
          />
          {whole && (
            <EntryForm
              key={`figure-${fy}`}
              kind="figure"
              path={figurePath}
              stored={figureOf(null)?.text ?? ''}
              version={figureOf(null)?.version ?? 0}
              label={t('entryFigure', { unit: row.unit })}
              onSaved={props.onSaved}
            />
          )}
          {departments.length > 0 && <h3 className="entry__group">{t('entryDepartmentGroup')}</h3>}
          {departments.map((department, index) => (
            <EntryForm
              key={`figure-${fy}-${department}`}
              kind="figure"
              path={figurePath}
              department={department}
              index={index}
              stored={figureOf(department)?.text ?? ''}
              version={figureOf(department)?.version ?? 0}
              label={t('entryDepartmentFigure', { department, unit: row.unit })}
              onSaved={props.onSaved}
            />
          ))}
        </div>
      )}
    </section>
  );
}

/**
 * One field saved on its own: the narrative (a text area) or a figure (a text input), of the
 * KPI as a whole or of one department's row.
 */
function EntryForm(props: {
  kind: Kind;
  path: string;
  stored: string;
  version: number;
  label?: string;
  department?: string;
  /** Tells apart the ids of several department figures. */
  index?: number;
  onSaved: () => void;
}) {
  const { t } = useView();
  const { send } = useSession();
  const [value, setValue] = useState(props.stored);
  // A reload after someone else saved shows what they saved (the message said so).
  useEffect(() => setValue(props.stored), [props.stored]);
  const { perform, refuse, busy, outcome, refusal } = useMutation(explainEntry(props.kind, t));
  const department = props.department ?? null;
  const id =
    props.index === undefined ? `entry-${props.kind}` : `entry-${props.kind}-${props.index}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (props.kind === 'narrative' && value.trim() === '') return refuse(t('entryEmpty'));
    const body =
      props.kind === 'narrative'
        ? { text: value, department: null, version: props.version }
        : { value: value.trim(), department, version: props.version };
    const save = () => send('PUT', props.path, body);
    if ((await perform(save, () => t('entrySaved'))).ok) props.onSaved();
  };

  const versionText =
    props.version === 0 ? t('entryVersionNew') : t('entryVersion', { version: props.version });
  return (
    <form
      className="form card"
      onSubmit={submit}
      noValidate
      data-entry={props.kind}
      data-department={department ?? undefined}
    >
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
          label={props.label ?? ''}
          hint={`${versionText} / ${t('entryFigureHint')}`}
          inputMode="decimal"
          maxLength={60}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
      )}
      <FormStatus outcome={outcome}>
        {refusal?.code === 'conflict' && (
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
              : department === null
                ? t('entrySaveFigure')
                : t('entrySaveDepartmentFigure', { department })}
        </button>
      </div>
    </form>
  );
}
