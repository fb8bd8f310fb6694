import type { FormEvent } from 'react';
import { useState } from 'react';
import type { Role } from '../../../domain/access.ts';
import type { AccountView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { asApiError } from '../../api/api-error.ts';
import { FormStatus } from '../../components/form-status.tsx';
import type { Outcome } from '../../components/form-status.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useSession } from '../../session/session-context.tsx';
import { useView } from '../../view-context.tsx';
import type { AccountProblem } from './account-error.ts';
import { accountProblem } from './account-error.ts';
import { parseDepartments } from './department-list.ts';
import { RoleSelect } from './role-select.tsx';

const EMPTY = { email: '', name: '', departments: '', password: '' };

/** Adds an account to the admin's municipality: e-mail, name, role, departments, a first password. */
export function NewAccountForm(props: {
  onAdded: (account: AccountView) => void;
  /** The municipality's departments, offered as the field is typed. */
  departments: readonly string[];
}) {
  const { t } = useView();
  const { send } = useSession();
  const [values, setValues] = useState(EMPTY);
  const [role, setRole] = useState<Role>('editor');
  const [problem, setProblem] = useState<AccountProblem | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));
  const errorAt = (field: AccountProblem['field']) =>
    problem !== null && problem.field === field ? problem.text : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setOutcome(null);
    const body = {
      email: values.email.trim(),
      ...(values.name.trim() === '' ? {} : { name: values.name.trim() }),
      role,
      departments: parseDepartments(values.departments),
      password: values.password,
    };
    send<AccountView>('POST', apiPaths.accounts(), body).then(
      (account) => {
        setBusy(false);
        setValues(EMPTY);
        setOutcome({ kind: 'done', text: t('accountCreated', { email: body.email }) });
        if (account) props.onAdded(account);
      },
      (error: unknown) => {
        setBusy(false);
        const found = accountProblem(asApiError(error), t);
        setProblem(found);
        if (found.field === null || found.field === 'role')
          setOutcome({ kind: 'error', text: found.text });
        else document.getElementById(`new-account-${found.field}`)?.focus();
      },
    );
  };

  return (
    <section className="section" aria-labelledby="new-account">
      <h2 id="new-account">{t('accountNew')}</h2>
      <form className="form form--grid card" onSubmit={submit} noValidate>
        <FormStatus outcome={outcome} />
        <TextField
          id="new-account-email"
          label={t('fieldEmail')}
          type="email"
          autoComplete="off"
          required
          value={values.email}
          error={errorAt('email')}
          onChange={set('email')}
        />
        <TextField
          id="new-account-name"
          label={t('fieldName')}
          autoComplete="off"
          value={values.name}
          error={errorAt('name')}
          onChange={set('name')}
        />
        <RoleSelect id="new-account-role" value={role} onChange={setRole} />
        <TextField
          id="new-account-departments"
          label={t('fieldDepartments')}
          hint={t('departmentsHint')}
          value={values.departments}
          error={errorAt('departments')}
          onChange={set('departments')}
          list="new-account-department-names"
        />
        <datalist id="new-account-department-names">
          {props.departments.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <TextField
          id="new-account-password"
          label={t('fieldInitialPassword')}
          hint={t('passwordHint')}
          type="password"
          autoComplete="new-password"
          required
          value={values.password}
          error={errorAt('password')}
          onChange={set('password')}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('formSaving') : t('accountCreate')}
          </button>
        </div>
      </form>
    </section>
  );
}
