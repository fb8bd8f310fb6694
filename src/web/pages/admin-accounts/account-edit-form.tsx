import type { FormEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { Role } from '../../../domain/access.ts';
import type { AccountView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { besideField, useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useSession } from '../../session/session-context.tsx';
import { useView } from '../../view-context.tsx';
import { explainAccount } from './account-error.ts';
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
  // A refused name or departments is said beside the field; anything else above the form.
  const { perform, busy, outcome, refusal } = useMutation(
    explainAccount(t, ['name', 'departments']),
  );
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const save = () =>
      send<AccountView>('PATCH', apiPaths.account(account.id), {
        name: name.trim(),
        role,
        departments: parseDepartments(departments),
        version: account.version,
      });
    const done = await perform(save, () => null);
    if (done.ok && done.value) props.onSaved(done.value);
  };
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
          error={besideField(refusal, 'name')}
          onChange={(event) => setName(event.target.value)}
        />
        <RoleSelect id="edit-account-role" value={role} onChange={setRole} />
        <TextField
          id="edit-account-departments"
          label={t('fieldDepartments')}
          hint={t('departmentsHint')}
          value={departments}
          error={besideField(refusal, 'departments')}
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
