import type { FormEvent } from 'react';
import { useCallback, useState } from 'react';
import type {
  ImportPreviewView,
  ImportResultView,
  PlanSummaryView,
} from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import type { ApiError } from '../../api/api-error.ts';
import { useApi } from '../../api/use-api.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { PageLayout } from '../../components/page-layout.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useReveal } from '../../components/use-reveal.ts';
import { yearLabel } from '../../format/year-label.ts';
import { Link } from '../../routing/link.tsx';
import { RequireSession } from '../../session/require-session.tsx';
import { useSession } from '../../session/session-context.tsx';
import { useView } from '../../view-context.tsx';
import { changeLine } from './change-line.ts';
import { YEAR_SOURCE_LABEL } from './import-labels.ts';
import type { RoleChoices } from './import-reading.tsx';
import { importErrorMessage } from './import-words.ts';
import { ImportColumns, ImportDoubts, ImportRates, ImportRows } from './import-reading.tsx';

/**
 * The admin's import page: upload a table, see it as read (columns and their roles, rows and
 * their kinds, each rate checked, every unplaced cell and problem), correct a column's role or
 * the report year and read again, and only then import. The roles set here are saved with the
 * plan and applied to next year's file of the same shape.
 */
export function ImportPage() {
  const { t } = useView();
  const title = t('importTitle');
  return (
    <RequireSession title={title} current="admin-import" role="admin">
      {() => (
        <PageLayout title={title} current="admin-import" wide>
          <h1>{title}</h1>
          <p>{t('importLead')}</p>
          <ImportScreen />
        </PageLayout>
      )}
    </RequireSession>
  );
}

/** What was sent to be read last: the import sends the same. */
interface Sent {
  readonly file: File;
  readonly plan: string;
  readonly fy: string;
  /** Of a workbook, the worksheet chosen; '' for none chosen (the first with content is read). */
  readonly sheet: string;
  readonly choices: RoleChoices;
}

function uploadForm(sent: Sent, flags: Readonly<Record<string, string>> = {}): FormData {
  const form = new FormData();
  if (sent.plan.trim() !== '') form.set('plan', sent.plan.trim());
  for (const [name, value] of Object.entries(flags)) form.set(name, value);
  if (sent.fy.trim() !== '') form.set('fy', sent.fy.trim());
  if (sent.sheet !== '') form.set('sheet', sent.sheet);
  const roles = Object.entries(sent.choices).map(([column, role]) => ({
    column: Number(column),
    role,
  }));
  if (roles.length > 0) form.set('columnRoles', JSON.stringify(roles));
  // The file last: the server reads the fields before it.
  form.set('file', sent.file, sent.file.name);
  return form;
}

function ImportScreen() {
  const { t, lang } = useView();
  const { send, user } = useSession();
  const plans = useApi<PlanSummaryView[]>(apiPaths.plans());
  const defaultPlan = plans.state.status === 'ok' ? (plans.state.data[0]?.name ?? '') : '';
  const [file, setFile] = useState<File | null>(null);
  const [plan, setPlan] = useState<string | null>(null);
  const [fy, setFy] = useState('');
  const [sheet, setSheet] = useState('');
  // The workbook's worksheets with content, in its order, as the file's first reading named them.
  const [sheetNames, setSheetNames] = useState<readonly string[]>([]);
  const [choices, setChoices] = useState<RoleChoices>({});
  const [sent, setSent] = useState<Sent | null>(null);
  const [preview, setPreview] = useState<ImportPreviewView | null>(null);
  const [accept, setAccept] = useState(false);
  const { perform, busy, outcome } = useMutation(
    useCallback((error: ApiError) => importErrorMessage(error, lang, t), [lang, t]),
  );
  const [result, setResult] = useState<ImportResultView | null>(null);
  // The outcome shows above the form, far above 取り込む and 再読込 at the page's foot.
  const outcomeView = useReveal<HTMLDivElement>();
  const planName = plan ?? defaultPlan;
  // A name no plan of the municipality has starts a new plan: only once the admin says so.
  const [createNew, setCreateNew] = useState(false);
  const [publishNew, setPublishNew] = useState(false);
  const isNewPlan =
    plans.state.status === 'ok' &&
    planName.trim() !== '' &&
    !plans.state.data.some(
      (p) => p.name === planName.trim() && p.municipality.id === user?.municipality.id,
    );

  const read = async (event?: FormEvent, chosen?: Pick<Sent, 'sheet' | 'choices'>) => {
    event?.preventDefault();
    if (!file) return;
    const next: Sent = { file, plan: planName, fy, sheet, choices, ...chosen };
    setResult(null);
    const upload = () =>
      send<ImportPreviewView>('POST', apiPaths.importPreview(), uploadForm(next));
    const done = await perform(upload, () => null);
    if (!done.ok) return outcomeView.reveal();
    const view = done.value;
    if (!view) return;
    // Roles the plan's saved mapping set stay set when the admin corrects another column.
    const kept = Object.fromEntries(
      view.columns.filter((c) => c.setByHand).map((c) => [c.column, c.role]),
    );
    const confirmed = { ...kept, ...next.choices };
    setPreview(view);
    if (next.sheet === '')
      setSheetNames(view.sheets ? [view.sheets.read, ...view.sheets.others] : []);
    setChoices(confirmed);
    setSent({ ...next, choices: confirmed });
  };

  const importNow = async () => {
    if (!sent) return;
    const flags: Record<string, string> = isNewPlan
      ? { createPlan: 'true', publish: publishNew ? 'true' : 'false' }
      : {};
    const upload = () =>
      send<ImportResultView>('POST', apiPaths.imports(accept), uploadForm(sent, flags));
    const said = (imported: ImportResultView | null) =>
      imported &&
      t('importDone', {
        plan: imported.planName,
        year: yearLabel(imported.fiscalYear, lang),
        kpis: imported.kpis,
      });
    const done = await perform(upload, said);
    if (done.ok && done.value === null) return;
    if (done.ok) setResult(done.value);
    outcomeView.reveal();
  };

  const stale =
    sent !== null &&
    (sent.file !== file ||
      sent.plan !== planName ||
      sent.fy !== fy ||
      sent.sheet !== sheet ||
      JSON.stringify(sent.choices) !== JSON.stringify(choices));
  const blocked =
    preview === null
      ? null
      : stale
        ? t('importBlockedStale')
        : preview.problems.some((p) => p.kind === 'role')
          ? t('importBlockedRole')
          : preview.unplaced.length > 0
            ? t('importBlockedUnplaced')
            : preview.problems.length > 0 && !accept
              ? t('importBlockedProblems')
              : isNewPlan && !createNew
                ? t('importBlockedNewPlan', { plan: planName.trim() })
                : null;

  return (
    <>
      <form className="form form--grid card" onSubmit={read} noValidate>
        <div className="field form-field">
          <label htmlFor="import-file">{t('importFile')}</label>
          <input
            id="import-file"
            type="file"
            accept=".tsv,.csv,.txt,.xlsx,.pdf"
            required
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setChoices({});
              setSheet('');
              setSheetNames([]);
              setPreview(null);
              setSent(null);
            }}
          />
        </div>
        <TextField
          id="import-plan"
          label={t('importPlan')}
          hint={t('importPlanHint')}
          value={planName}
          onChange={(event) => setPlan(event.target.value)}
        />
        <TextField
          id="import-year"
          label={t('importYear')}
          hint={t('importYearHint')}
          value={fy}
          onChange={(event) => setFy(event.target.value)}
        />
        {sheetNames.length > 1 && (
          <SheetField
            names={sheetNames}
            value={sheet}
            disabled={busy}
            onChange={(name) => {
              // A column's role set by hand was set on another worksheet's columns.
              setSheet(name);
              setChoices({});
              void read(undefined, { sheet: name, choices: {} });
            }}
          />
        )}
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy || file === null}>
            {busy ? t('importReading') : t('importRead')}
          </button>
        </div>
      </form>
      <div
        ref={outcomeView.ref}
        tabIndex={-1}
        className="import-outcome"
        data-testid="import-outcome"
      >
        <FormStatus outcome={outcome}>
          {result && <ImportResult result={result} planTable={preview?.planTable ?? false} />}
        </FormStatus>
      </div>
      {preview && (
        <ImportReading
          preview={preview}
          choices={choices}
          onChoose={(column, role) => setChoices((now) => ({ ...now, [column]: role }))}
        />
      )}
      {preview && (
        <ImportActions
          problems={preview.problems.length > 0}
          newPlan={isNewPlan ? planName.trim() : null}
          checks={{ accept, createNew, publishNew }}
          onCheck={(name, value) =>
            ({ accept: setAccept, createNew: setCreateNew, publishNew: setPublishNew })[name](value)
          }
          blocked={blocked}
          busy={busy}
          imported={result !== null}
          onReread={() => read()}
          onImport={importNow}
        />
      )}
    </>
  );
}

/** Of a workbook of several worksheets: which one to read (choosing reads it at once). */
function SheetField(props: {
  names: readonly string[];
  value: string;
  disabled: boolean;
  onChange: (name: string) => void;
}) {
  const { t } = useView();
  return (
    <div className="field form-field">
      <label htmlFor="import-sheet">{t('importSheet')}</label>
      <span id="import-sheet-hint" className="field__hint">
        {t('importSheetHint', { count: props.names.length })}
      </span>
      <select
        id="import-sheet"
        aria-describedby="import-sheet-hint"
        value={props.value}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.value === '' && (
          <option value="">{t('importSheetUnchosen', { sheet: props.names[0] ?? '' })}</option>
        )}
        {props.names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The boxes an import may need ticked first. */
interface ImportChecks {
  /** Take a file whose reading raised problems. */
  readonly accept: boolean;
  /** Start the new plan the name asks for, and publish its years or not. */
  readonly createNew: boolean;
  readonly publishNew: boolean;
}

/** One of the import's boxes, ticked as `checks` says. */
function CheckField(props: {
  name: keyof ImportChecks;
  label: string;
  checks: ImportChecks;
  onCheck: (name: keyof ImportChecks, value: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <label className="check-field">
      <input
        type="checkbox"
        checked={props.checks[props.name]}
        disabled={props.disabled}
        onChange={(event) => props.onCheck(props.name, event.target.checked)}
      />{' '}
      {props.label}
    </label>
  );
}

/** Read again, tick what the import needs, see what still blocks it, and import. */
function ImportActions(props: {
  problems: boolean;
  /** The name of the plan the import would start; null when it goes into a known plan. */
  newPlan: string | null;
  checks: ImportChecks;
  onCheck: (name: keyof ImportChecks, value: boolean) => void;
  blocked: string | null;
  busy: boolean;
  imported: boolean;
  onReread: () => void;
  onImport: () => void;
}) {
  const { t } = useView();
  const { checks } = props;
  return (
    <section className="section import-actions" aria-label={t('importSubmit')}>
      <p className="field__hint">{t('importRereadHint')}</p>
      <button
        type="button"
        className="button button--secondary"
        disabled={props.busy}
        onClick={props.onReread}
      >
        {t('importReread')}
      </button>
      {props.problems && (
        <CheckField
          checks={checks}
          onCheck={props.onCheck}
          name="accept"
          label={t('importAcceptProblems')}
        />
      )}
      {props.newPlan !== null && (
        <>
          <CheckField
            checks={checks}
            onCheck={props.onCheck}
            name="createNew"
            label={t('importCreatePlan', { plan: props.newPlan })}
          />
          <CheckField
            checks={checks}
            onCheck={props.onCheck}
            name="publishNew"
            label={t('importPublishNewPlan')}
            disabled={!checks.createNew}
          />
        </>
      )}
      {props.blocked && (
        <p className="status" role="status">
          {props.blocked}
        </p>
      )}
      <button
        type="button"
        className="button"
        disabled={props.busy || props.blocked !== null || props.imported}
        onClick={props.onImport}
      >
        {t('importSubmit')}
      </button>
    </section>
  );
}

/** The table as read: the report year and its source, then columns, rows, rates and doubts. */
function ImportReading(props: {
  preview: ImportPreviewView;
  choices: RoleChoices;
  onChoose: (column: number, role: RoleChoices[number]) => void;
}) {
  const { t, lang } = useView();
  const { preview } = props;
  return (
    <div className="import-reading" data-testid="import-reading">
      <p data-testid="import-year">
        {preview.fiscalYear === null
          ? t('importYearMissing')
          : t('importYearRead', {
              year: yearLabel(preview.fiscalYear.year, lang),
              source: t(YEAR_SOURCE_LABEL[preview.fiscalYear.source]),
            })}
      </p>
      {preview.planTable && (
        <p className="status" data-testid="import-plan-table">
          {t('importPlanTable')}
        </p>
      )}
      {preview.mapping.saved && (
        <p className="status" data-testid="import-mapping">
          {t('importMappingApplied', {
            by: preview.mapping.savedBy ?? '',
            at: preview.mapping.savedAt?.slice(0, 10) ?? '',
          })}
        </p>
      )}
      <ImportColumns preview={preview} choices={props.choices} onChoose={props.onChoose} />
      <ImportRates preview={preview} />
      <ImportDoubts preview={preview} />
      <ImportRows preview={preview} />
    </div>
  );
}

/** What the import added and changed, and a way to the progress table. */
function ImportResult(props: { result: ImportResultView; planTable: boolean }) {
  const { t, to } = useView();
  const { result } = props;
  return (
    <div data-testid="import-result">
      {result.mappingSaved && <p>{t('importMappingSaved')}</p>}
      {result.added.length + result.changed.length === 0 ? (
        <p>{t('importNothingChanged')}</p>
      ) : (
        <>
          <ResultLines title={t('importAdded')} lines={result.added} />
          <ResultLines title={t('importChanged')} lines={result.changed} />
        </>
      )}
      <p>
        {props.planTable ? (
          // A plan's own indicators have no year's figures to show: its KPIs are on its page.
          <Link className="button" href={to({ page: 'plan-admin', planId: result.planId })}>
            {t('importOpenPlan')}
          </Link>
        ) : (
          <Link className="button" href={to({ page: 'table', planId: result.planId })}>
            {t('importOpenTable')}
          </Link>
        )}
      </p>
    </div>
  );
}

/** A folded list of what the import added or changed; nothing when there is none. */
function ResultLines(props: { title: string; lines: readonly string[] }) {
  const { lang } = useView();
  if (props.lines.length === 0) return null;
  return (
    <details>
      <summary>
        {props.title} ({props.lines.length})
      </summary>
      <ul>
        {props.lines.map((line) => (
          <li key={line}>{changeLine(line, lang)}</li>
        ))}
      </ul>
    </details>
  );
}
