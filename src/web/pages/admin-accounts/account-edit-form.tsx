import type { FormEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
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
import { departmentsText, parseDepartments } from './department-list.ts';
import { RoleSelect } from './role-select.tsx';

/** Changes one account's name, role and departments, naming the version it was read at. */
export function AccountEditForm(props: {
  account: AccountView;
  onSaved: (account: AccountView) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { t } = useView();
  const { send } = useSession();
  const { account } = props;
  const [name, setName] = useState(account.name);
  const [role, setRole] = useState<Role>(account.role);
  const [departments, setDepartments] = useState(departmentsText(account.departments));
  const [problem, setProblem] = useState<AccountProblem | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setOutcome(null);
    send<AccountView>('PATCH', apiPaths.account(account.id), {
      name: name.trim(),
      role,
      departments: parseDepartments(departments),
      version: account.version,
    }).then(
      (saved) => {
        setBusy(false);
        if (saved) props.onSaved(saved);
      },
      (error: unknown) => {
        setBusy(false);
        const failure = asApiError(error);
        const found = accountProblem(failure, t);
        if (found.field === 'departments' || found.field === 'name') setProblem(found);
        else setOutcome({ kind: 'error', text: found.text });
      },
    );
  };
  const errorAt = (field: AccountProblem['field']) =>
    problem !== null && problem.field === field ? problem.text : null;

  return (
    <section className="section" aria-labelledby="edit-account">
      <h2 id="edit-account" ref={heading} tabIndex={-1}>
        {t('accountEditTitle', { name: account.name })}
      </h2>
      <form className="form form--grid card" onSubmit={submit} noValidate>
        <FormStatus outcome={outcome}>
          {outcome?.kind === 'error' && (
            <button type="button" className="button button--secondary" onClick={props.onReload}>
              {t('reload')}
            </button>
          )}
        </FormStatus>
        <p className="form__note">{account.email}</p>
        <TextField
          id="edit-account-name"
          label={t('fieldName')}
          value={name}
          error={errorAt('name')}
          onChange={(event) => setName(event.target.value)}
        />
        <RoleSelect id="edit-account-role" value={role} onChange={setRole} />
        <TextField
          id="edit-account-departments"
          label={t('fieldDepartments')}
          hint={t('departmentsHint')}
          value={departments}
          error={errorAt('departments')}
          onChange={(event) => setDepartments(event.target.value)}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('formSaving') : t('save')}
          </button>
          <button type="button" className="button button--secondary" onClick={props.onCancel}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
