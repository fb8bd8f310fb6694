import { useState } from 'react';
import type { AccountView, DepartmentView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useApi } from '../../api/use-api.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { PageLayout } from '../../components/page-layout.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { ROLE_LABEL } from '../../format/role-label.ts';
import { RequireSession } from '../../session/require-session.tsx';
import { useSession } from '../../session/session-context.tsx';
import { useView } from '../../view-context.tsx';
import { AccountEditForm } from './account-edit-form.tsx';
import { AccountPasswordForm } from './account-password-form.tsx';
import { DepartmentsSection } from './departments-section.tsx';
import { NewAccountForm } from './new-account-form.tsx';

/**
 * The admin's accounts page: every account of the municipality, a new one, role and state, and
 * another account's password.
 */
export function AccountsPage() {
  const { t } = useView();
  const title = t('accountsTitle');
  return (
    <RequireSession title={title} current="admin-accounts" role="admin">
      {(user) => <AccountsScreen title={title} self={user} />}
    </RequireSession>
  );
}

function AccountsScreen(props: { title: string; self: AccountView }) {
  const { t } = useView();
  const { send } = useSession();
  const list = useApi<AccountView[]>(apiPaths.accounts());
  const { state, reload } = list;
  const { state: departments, reload: reloadDepartments } = useApi<DepartmentView[]>(
    apiPaths.departments(),
  );
  const departmentNames =
    departments.status === 'ok'
      ? departments.data.filter((d) => d.mergedInto === null).map((d) => d.name)
      : [];
  // The account whose form is open below the list: its role and departments, or its password.
  const [open, setOpen] = useState<{ form: 'edit' | 'password'; id: number } | null>(null);
  // What the list says: an account disabled or enabled here, or what a form below did.
  const toggle = useMutation();
  const [told, setTold] = useState<string | null>(null);
  const outcome = told === null ? toggle.outcome : { kind: 'done' as const, text: told };
  const tell = (text: string | null) => {
    toggle.clear();
    setTold(text);
  };

  const setDisabled = async (account: AccountView, disabled: boolean) => {
    setTold(null);
    const patch = () =>
      send<AccountView>('PATCH', apiPaths.account(account.id), {
        disabled,
        version: account.version,
      });
    const key = disabled ? 'accountDisabledDone' : 'accountEnabledDone';
    if ((await toggle.perform(patch, () => t(key, { name: account.name }))).ok) reload();
  };

  const accounts = state.status === 'ok' ? state.data : [];
  const chosen = accounts.find((a) => a.id === open?.id);
  const edited = open?.form === 'edit' ? chosen : undefined;
  const passwordFor = open?.form === 'password' ? chosen : undefined;
  return (
    <PageLayout title={props.title} current="admin-accounts">
      <h1>{props.title}</h1>
      <section className="section" aria-labelledby="accounts-list">
        <h2 id="accounts-list">{t('accountsList')}</h2>
        <FormStatus outcome={outcome}>
          {outcome?.kind === 'error' && (
            <button type="button" className="button button--secondary" onClick={reload}>
              {t('reload')}
            </button>
          )}
        </FormStatus>
        <Loaded load={list}>
          {(listed) => (
            <div className="table-scroll">
              <table className="data-table accounts-table">
                <thead>
                  <tr>
                    <th scope="col">{t('colName')}</th>
                    <th scope="col">{t('colEmail')}</th>
                    <th scope="col">{t('colRole')}</th>
                    <th scope="col">{t('fieldDepartments')}</th>
                    <th scope="col">{t('colStatus')}</th>
                    <th scope="col">{t('colActions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {listed.map((account) => (
                    <tr key={account.id} data-email={account.email}>
                      <th scope="row">
                        {account.name}
                        {account.id === props.self.id && t('accountYou')}
                      </th>
                      <td>{account.email}</td>
                      <td>{t(ROLE_LABEL[account.role])}</td>
                      <td>{account.departments.join('、')}</td>
                      <td>{account.disabled ? t('statusDisabled') : t('statusActive')}</td>
                      <td className="actions">
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          aria-label={t('actionEditLabel', { name: account.name })}
                          onClick={() => {
                            tell(null);
                            setOpen({ form: 'edit', id: account.id });
                          }}
                        >
                          {t('actionEdit')}
                        </button>
                        {account.id !== props.self.id && (
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            aria-label={t('actionPasswordLabel', { name: account.name })}
                            onClick={() => {
                              tell(null);
                              setOpen({ form: 'password', id: account.id });
                            }}
                          >
                            {t('actionPassword')}
                          </button>
                        )}
                        {account.id !== props.self.id && (
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            aria-label={t(
                              account.disabled ? 'actionEnableLabel' : 'actionDisableLabel',
                              { name: account.name },
                            )}
                            onClick={() => setDisabled(account, !account.disabled)}
                          >
                            {account.disabled ? t('actionEnable') : t('actionDisable')}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Loaded>
      </section>
      {edited && (
        <AccountEditForm
          key={`${edited.id}-${edited.version}`}
          account={edited}
          onCancel={() => setOpen(null)}
          onReload={reload}
          onSaved={(saved) => {
            setOpen(null);
            tell(t('accountSaved', { name: saved.name }));
            reload();
          }}
        />
      )}
      {passwordFor && (
        <AccountPasswordForm
          key={passwordFor.id}
          account={passwordFor}
          onCancel={() => setOpen(null)}
          onDone={(done) => {
            setOpen(null);
            tell(t('accountPasswordDone', { name: done.name }));
          }}
        />
      )}
      <NewAccountForm onAdded={() => reload()} departments={departmentNames} />
      {departments.status === 'ok' && (
        <DepartmentsSection departments={departments.data} onSaved={reloadDepartments} />
      )}
    </PageLayout>
  );
}
