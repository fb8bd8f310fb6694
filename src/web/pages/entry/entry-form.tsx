import type { FormEvent } from 'react';
import { useMemo, useState } from 'react';
import type { EntryFormView } from '../../../domain/api-contract.ts';
import type { EntryDraft } from '../../../domain/entry-preview.ts';
import { entryCheckMessage, previewEntry } from '../../../domain/entry-preview.ts';
import { gradeScale } from '../../../domain/grade-scale.ts';
import { groupDigits } from '../../../domain/digit-grouping.ts';
import { formatFigureText } from '../../../domain/figure.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { ENTRY_STATE_KEY } from '../../components/entry-state-badge.tsx';
import { FormStatus } from '../../components/form-status.tsx';
import type { Outcome } from '../../components/form-status.tsx';
import { TextField } from '../../components/text-field.tsx';
import { withUnit } from '../../format/number-text.ts';
import { yearLabel } from '../../format/year-label.ts';
import { apiErrorMessage } from '../../i18n/api-error-message.ts';
import { useSession } from '../../session/session-context.tsx';
import { useView } from '../../view-context.tsx';
import { EntryPreviewPanel } from './entry-preview-panel.tsx';
import type { SaveStatus } from './use-autosave.ts';
import { storedFigureText, useAutosave } from './use-autosave.ts';
import { draftStore } from './use-draft-store.ts';

/** The checks about the figure field itself, shown under it. */
const FIGURE_CHECKS: ReadonlySet<string> = new Set([
  'figure-invalid',
  'too-many-decimals',
  'out-of-range',
  'unit-mismatch',
  'secondary-unused',
]);

function storedDraft(form: EntryFormView): EntryDraft {
  return {
    figure: form.figure?.text ?? '',
    cumulative: form.cumulative?.text ?? '',
    narrative: form.narrative?.text ?? '',
    confirmedJump: false,
  };
}

/** Two drafts that would save the same records ("282,000" is stored as 282000). */
function sameText(a: EntryDraft, b: EntryDraft): boolean {
  const figure = (text: string) => storedFigureText(text) ?? text.trim();
  return (
    figure(a.figure) === figure(b.figure) &&
    figure(a.cumulative) === figure(b.cumulative) &&
    a.narrative.trim() === b.narrative.trim()
  );
}

/** The last cumulative figure before this year, for the hint beside the 累計 field. */
function previousCumulative(form: EntryFormView): string | null {
  const before = form.kpi.cumulativeActuals
    .filter((c) => c.fiscalYear < form.round.fiscalYear && c.figure.value !== null)
    .sort((a, b) => a.fiscalYear - b.fiscalYear)
    .at(-1);
  return before?.figure.value ?? null;
}

/**
 * The figure field's example: this KPI's own last figure of its slot, as written, with its year
 * (⑦ 283,179 m², ⑯ 8.39) — never another KPI's — and 2(1) only where the KPI counts one.
 */
function figureExample(form: EntryFormView, t: Translate, lang: Lang): string {
  const series =
    form.slotDepartment === null
      ? form.kpi.actuals
      : (form.kpi.departmentActuals.find((d) => d.department === form.slotDepartment)?.actuals ??
        []);
  const last = series
    .filter((f) => f.fiscalYear < form.round.fiscalYear && f.figure.value !== null)
    .sort((a, b) => a.fiscalYear - b.fiscalYear)
    .at(-1);
  const secondary = series.some((f) => f.figure.secondary !== null);
  if (last === undefined) return t(secondary ? 'formFigureHintSecondary' : 'formFigureHintNone');
  return t('formFigureHintLast', {
    figure: withUnit(groupDigits(formatFigureText(last.figure)), form.kpi.unit),
    year: yearLabel(last.fiscalYear, lang),
  });
}

/**
 * The entry's fields — the year's figure (of the KPI or of the department's row), the printed
 * cumulative figure where the KPI keeps one, the narrative — with the live rate, grade and
 * checks beside them. Every keystroke is kept on the device and saved as a draft a moment
 * later; submit saves what is left and sends the entry to review.
 */
export function EntryForm(props: {
  form: EntryFormView;
  onMoved: (notice: string) => void;
  /** A draft was saved: the entry is 入力中 now (not started and returned ones become drafts). */
  onDrafted: () => void;
}) {
  const { t, lang } = useView();
  const { send } = useSession();
  const { form } = props;
  const store = useMemo(
    () =>
      draftStore(
        `${form.plan.id}:${form.round.fiscalYear}:${form.entry.code}:${form.entry.department}`,
      ),
    [form.plan.id, form.round.fiscalYear, form.entry.code, form.entry.department],
  );
  const [initial] = useState(() => {
    const kept = store.read();
    const stored = storedDraft(form);
    return kept !== null && form.editable && !sameText(kept, stored)
      ? { draft: kept, restored: true }
      : { draft: stored, restored: false };
  });
  const [draft, setDraft] = useState<EntryDraft>(initial.draft);
  // A draft kept on the device since the last visit is said so until the entry is submitted.
  const [restored, setRestored] = useState(initial.restored);
  const submission = useMutation();
  const { busy } = submission;
  const outcome: Outcome =
    submission.outcome ?? (restored ? { kind: 'done', text: t('formRestored') } : null);
  const scale = useMemo(
    () => gradeScale(form.gradeScale.labels, form.gradeScale.cuts),
    [form.gradeScale],
  );
  const preview = useMemo(
    () =>
      previewEntry(
        {
          kpi: form.kpi,
          fiscalYear: form.round.fiscalYear,
          department: form.slotDepartment,
          ratePrecision: form.ratePrecision,
          gradeScale: scale,
          planEnd: form.planEnd,
        },
        draft,
      ),
    [form, scale, draft],
  );
  const { status, flush } = useAutosave(form, draft, form.editable, props.onDrafted);
  const change = (fields: Partial<EntryDraft>) => {
    const next = { ...draft, ...fields };
    setDraft(next);
    store.write(next);
  };
  const year = yearLabel(form.round.fiscalYear, lang);
  const unit = form.kpi.unit;
  const jumpAsked = preview.checks.some((c) => c.kind === 'jump') || draft.confirmedJump;
  const error = (kind: string) =>
    preview.checks.some((c) => c.kind === kind && c.severity === 'error');
  const figureCheck = preview.checks.find((c) => FIGURE_CHECKS.has(c.kind));
  const figureError =
    figureCheck === undefined || draft.figure.trim() === ''
      ? null
      : entryCheckMessage(figureCheck, form.kpi.unit);

  // The draft is saved first (what is left of it), then the entry is sent to review.
  const saveAndSubmit = async () => {
    if (!(await flush())) throw new Error(t('formSaveFailed', { message: '' }));
    await send(
      'POST',
      apiPaths.entryMove(form.plan.id, form.round.fiscalYear, form.entry.code, 'submit'),
      { department: form.entry.department },
    );
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!preview.submittable) return;
    setRestored(false);
    if ((await submission.perform(saveAndSubmit, () => null)).ok) {
      store.clear();
      props.onMoved(t('formSubmitted'));
    }
  };

  if (!form.editable) {
    return (
      <>
        <p className="status" role="status">
          {t('formNotEditable', { state: t(ENTRY_STATE_KEY[form.entry.state]) })}
        </p>
        <FormStatus outcome={outcome} />
      </>
    );
  }
  return (
    <form
      className="form entry-form"
      onSubmit={submit}
      noValidate
      aria-describedby="entry-save-status"
    >
      <EntryFigureFields
        form={form}
        draft={draft}
        figureError={figureError}
        jumpAsked={jumpAsked}
        onChange={change}
      />
      <div className="field form-field">
        <label htmlFor="entry-narrative">{t('formNarrative', { year })}</label>
        <span id="entry-narrative-hint" className="field__hint">
          {t('formNarrativeHint')}
        </span>
        <textarea
          id="entry-narrative"
          rows={8}
          maxLength={4000}
          aria-describedby="entry-narrative-hint"
          aria-invalid={error('narrative-required') ? true : undefined}
          value={draft.narrative}
          onChange={(event) => change({ narrative: event.target.value })}
        />
      </div>
      <EntryPreviewPanel preview={preview} unit={unit} gradeLabels={form.gradeScale.labels} />
      <SaveLine status={status} />
      <FormStatus outcome={outcome} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy || !preview.submittable}>
          {busy ? t('formSaving') : t('formSubmit')}
        </button>
      </div>
    </form>
  );
}

/**
 * The year's figure (of the KPI or of the department's row), the printed cumulative figure
 * where the KPI keeps one, and the confirmation a jump from last year asks for.
 */
function EntryFigureFields(props: {
  form: EntryFormView;
  draft: EntryDraft;
  figureError: string | null;
  jumpAsked: boolean;
  onChange: (fields: Partial<EntryDraft>) => void;
}) {
  const { t, lang } = useView();
  const { form, draft } = props;
  const year = yearLabel(form.round.fiscalYear, lang);
  const unit = form.kpi.unit;
  const figureLabel =
    form.slotDepartment === null
      ? t('formFigure', { year, unit })
      : t('formDepartmentFigure', { department: form.slotDepartment, year, unit });
  const previous = previousCumulative(form);
  return (
    <>
      <TextField
        id="entry-figure"
        label={figureLabel}
        hint={figureExample(form, t, lang)}
        inputMode="decimal"
        maxLength={60}
        autoComplete="off"
        value={draft.figure}
        error={props.figureError}
        onChange={(event) => props.onChange({ figure: event.target.value, confirmedJump: false })}
      />
      {form.kpi.cumulativeActuals.length > 0 && (
        <TextField
          id="entry-cumulative"
          label={t('formCumulative', { year, unit })}
          hint={
            previous === null
              ? undefined
              : t('formCumulativeHint', { previous: withUnit(previous, unit) })
          }
          inputMode="decimal"
          maxLength={60}
          autoComplete="off"
          value={draft.cumulative}
          onChange={(event) => props.onChange({ cumulative: event.target.value })}
        />
      )}
      {props.jumpAsked && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.confirmedJump}
            onChange={(event) => props.onChange({ confirmedJump: event.target.checked })}
          />{' '}
          {t('formConfirmJump')}
        </label>
      )}
    </>
  );
}

/** Where the draft stands: saving, saved at a time, or why it could not be saved. */
function SaveLine(props: { status: SaveStatus }) {
  const { t, lang } = useView();
  const { status } = props;
  const text =
    status.kind === 'saving'
      ? t('formSaving')
      : status.kind === 'saved'
        ? t('formSavedAt', {
            time: new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ja-JP', {
              timeStyle: 'medium',
            }).format(new Date(status.at)),
          })
        : status.kind === 'failed'
          ? status.error.code === 'conflict'
            ? t('formConflict')
            : t('formSaveFailed', { message: apiErrorMessage(status.error, t) })
          : '';
  return (
    <p
      id="entry-save-status"
      className={status.kind === 'failed' ? 'field__error' : 'field__hint'}
      role="status"
    >
      {text}
    </p>
  );
}
