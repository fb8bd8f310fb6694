import type { FormEvent } from 'react';
import { useState } from 'react';
import type { DepartmentView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { yearLabel } from '../../format/year-label.ts';
import { explainPublishedYear } from '../kpi/kpi-life.tsx';
import { useView } from '../../view-context.tsx';
import { DatedChangeFields, readDatedChange } from '../plan-admin/dated-change-fields.tsx';

/**
 * The municipality's departments (issue 20): the list accounts and KPIs choose from, each with
 * its renames; a department added, or renamed from a fiscal year after a reorganisation
 * (機構改革) while the years before keep the old name.
 */
export function DepartmentsSection(props: {
  departments: readonly DepartmentView[];
  onSaved: () => void;
}) {
  const { t, lang } = useView();
  const { departments, onSaved } = props;
  // A department merged into another stays in the list as history; nothing is done to it.
  const current = departments.filter((d) => d.mergedInto === null);
  return (
    <section className="section" aria-labelledby="departments-list">
      <h2 id="departments-list">{t('departmentsTitle')}</h2>
      <p>{t('departmentsLead')}</p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('departmentName')}</th>
              <th scope="col">{t('departmentHistory')}</th>
            </tr>
          </thead>
          <tbody>
            {departments.map((d) => (
              <tr key={d.id}>
                <td>{d.name}</td>
                <td>
                  {d.mergedInto !== null && (
                    <div>
                      {t('departmentMergedLine', {
                        name: d.mergedInto.name,
                        year: yearLabel(d.mergedInto.fromYear, lang),
                      })}
                    </div>
                  )}
                  {d.renames.map((r) => (
                    <div key={r.fromYear}>
                      {t('departmentRenameLine', {
                        old: r.oldName,
                        name: r.newName,
                        year: yearLabel(r.fromYear, lang),
                        reason: r.reason,
                      })}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AddDepartmentForm onSaved={onSaved} />
      {current.length > 0 && <RenameForm departments={current} onSaved={onSaved} />}
      {current.length > 1 && <MergeForm departments={current} onSaved={onSaved} />}
    </section>
  );
}

function AddDepartmentForm(props: { onSaved: () => void }) {
  const { t } = useView();
  const [name, setName] = useState('');
  const { run, busy, outcome, refusal } = useMutation();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = { name: name.trim() };
    if (await run('POST', apiPaths.departments(), body, t('departmentAdded', body))) {
      setName('');
      props.onSaved();
    }
  }
  return (
    <form className="form form--grid card" onSubmit={submit} noValidate>
      <h3>{t('departmentAdd')}</h3>
      <FormStatus outcome={outcome} />
      <TextField
        id="department-new-name"
        label={t('departmentName')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={refusal?.field === 'name' ? refusal.text : null}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          {t('departmentAddButton')}
        </button>
      </div>
    </form>
  );
}

function RenameForm(props: { departments: readonly DepartmentView[]; onSaved: () => void }) {
  const { t, lang } = useView();
  const { departments } = props;
  const [id, setId] = useState(departments[0]!.id);
  const [fields, setFields] = useState({ newName: '', from: '', reason: '' });
  const [local, setLocal] = useState<{ field: string; text: string } | null>(null);
  const { run, busy, outcome, refusal } = useMutation(explainPublishedYear(t));
  const shown = local ?? refusal;
  const errorFor = (field: string) => (shown?.field === field ? shown.text : null);
  const set = (name: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [name]: e.target.value }));
  async function submit(event: FormEvent) {
    event.preventDefault();
    setLocal(null);
    const dated = readDatedChange(fields.from, fields.reason, t);
    if ('field' in dated) return setLocal(dated);
    const { from } = dated;
    const old = departments.find((d) => d.id === id)?.name ?? '';
    const body = { newName: fields.newName.trim(), from, reason: fields.reason.trim() };
    const done = t('departmentRenamed', {
      old,
      name: body.newName,
      year: yearLabel(from, lang),
    });
    if (await run('POST', apiPaths.departmentRenames(id), body, done)) {
      setFields({ newName: '', from: '', reason: '' });
      props.onSaved();
    }
    return undefined;
  }
  return (
    <form className="form form--grid card" onSubmit={submit} noValidate>
      <h3>{t('departmentRename')}</h3>
      <p>{t('departmentRenameLead')}</p>
      <FormStatus outcome={outcome} />
      <SelectField
        id="department-rename-which"
        label={t('departmentName')}
        value={String(id)}
        options={departments.map((d) => ({ value: String(d.id), label: d.name }))}
        onChange={(value) => setId(Number(value))}
      />
      <TextField
        id="department-rename-name"
        label={t('departmentNewName')}
        value={fields.newName}
        onChange={set('newName')}
        error={errorFor('newName')}
      />
      <DatedChangeFields
        prefix="department-rename"
        from={fields.from}
        reason={fields.reason}
        onFrom={set('from')}
        onReason={set('reason')}
        errorFor={errorFor}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          {t('departmentRenameButton')}
        </button>
      </div>
    </form>
  );
}

/** Two departments become one from a year (機構改革): the first's KPIs and editors join the second. */
function MergeForm(props: { departments: readonly DepartmentView[]; onSaved: () => void }) {
  const { t, lang } = useView();
  const { departments } = props;
  const [id, setId] = useState(departments[0]!.id);
  const [into, setInto] = useState(departments[1]!.id);
  const [fields, setFields] = useState({ from: '', reason: '' });
  const [local, setLocal] = useState<{ field: string; text: string } | null>(null);
  const { run, busy, outcome, refusal } = useMutation(explainPublishedYear(t));
  const shown = local ?? refusal;
  const errorFor = (field: string) => (shown?.field === field ? shown.text : null);
  const set = (name: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [name]: e.target.value }));
  const nameOf = (key: number) => departments.find((d) => d.id === key)?.name ?? '';
  async function submit(event: FormEvent) {
    event.preventDefault();
    setLocal(null);
    const dated = readDatedChange(fields.from, fields.reason, t);
    if ('field' in dated) return setLocal(dated);
    if (id === into) return setLocal({ field: 'into', text: t('departmentMergeSame') });
    const body = { into, from: dated.from, reason: dated.reason };
    const done = t('departmentMerged', {
      old: nameOf(id),
      name: nameOf(into),
      year: yearLabel(dated.from, lang),
    });
    if (await run('POST', apiPaths.departmentMerge(id), body, done)) {
      setFields({ from: '', reason: '' });
      props.onSaved();
    }
    return undefined;
  }
  const options = departments.map((d) => ({ value: String(d.id), label: d.name }));
  return (
    <form className="form form--grid card" onSubmit={submit} noValidate>
      <h3>{t('departmentMerge')}</h3>
      <p>{t('departmentMergeLead')}</p>
      <FormStatus outcome={outcome} />
      <SelectField
        id="department-merge-which"
        label={t('departmentMergeWhich')}
        value={String(id)}
        options={options}
        onChange={(value) => setId(Number(value))}
      />
      <SelectField
        id="department-merge-into"
        label={t('departmentMergeInto')}
        value={String(into)}
        options={options}
        onChange={(value) => setInto(Number(value))}
      />
      {errorFor('into') !== null && (
        <p className="field__error" role="alert">
          {errorFor('into')}
        </p>
      )}
      <DatedChangeFields
        prefix="department-merge"
        from={fields.from}
        reason={fields.reason}
        onFrom={set('from')}
        onReason={set('reason')}
        errorFor={errorFor}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          {t('departmentMergeButton')}
        </button>
      </div>
    </form>
  );
}
