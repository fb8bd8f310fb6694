import type { FormEvent } from 'react';
import { useState } from 'react';
import type { Role } from '../../../domain/access.ts';
import type { AccountView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { besideField, useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useSession } from '../../session/session-context.tsx';
import { useView } from '../../view-context.tsx';
import { explainAccount } from './account-error.ts';
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
  // A refused field is said beside it, and focused; a refused role or anything else above the form.
  const { perform, busy, outcome, refusal } = useMutation(
    explainAccount(t, ['email', 'name', 'departments', 'password']),
  );
  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      email: values.email.trim(),
      ...(values.name.trim() === '' ? {} : { name: values.name.trim() }),
      role,
      departments: parseDepartments(values.departments),
      password: values.password,
    };
    const add = () => send<AccountView>('POST', apiPaths.accounts(), body);
    const done = await perform(add, () => t('accountCreated', { email: body.email }));
    if (!done.ok) {
      const { field, beside } = done.refusal;
      if (beside) document.getElementById(`new-account-${field}`)?.focus();
      return;
    }
    setValues(EMPTY);
    if (done.value) props.onAdded(done.value);
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
          error={besideField(refusal, 'email')}
          onChange={set('email')}
        />
        <TextField
          id="new-account-name"
          label={t('fieldName')}
          autoComplete="off"
          value={values.name}
          error={besideField(refusal, 'name')}
          onChange={set('name')}
        />
        <RoleSelect id="new-account-role" value={role} onChange={setRole} />
        <TextField
          id="new-account-departments"
          label={t('fieldDepartments')}
          hint={t('departmentsHint')}
          value={values.departments}
          error={besideField(refusal, 'departments')}
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
          error={besideField(refusal, 'password')}
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
