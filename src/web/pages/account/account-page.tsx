import { PageLayout } from '../../components/page-layout.tsx';
import { ROLE_LABEL } from '../../format/role-label.ts';
import { RequireSession } from '../../session/require-session.tsx';
import { useView } from '../../view-context.tsx';
import { PasswordForm } from './password-form.tsx';
import { ProfileForm } from './profile-form.tsx';

/** The signed-in user's own account: who they are, their role and departments; the password. */
export function AccountPage() {
  const { t } = useView();
  const title = t('accountTitle');
  return (
    <RequireSession title={title} current="account">
      {(user) => (
        <PageLayout title={title} current="account">
          <h1>{title}</h1>
          <section className="section" aria-labelledby="account-details">
            <h2 id="account-details">{t('accountDetails')}</h2>
            <dl className="facts card">
              <div>
                <dt>{t('fieldName')}</dt>
                <dd>{user.name}</dd>
              </div>
              <div>
                <dt>{t('fieldEmail')}</dt>
                <dd>{user.email}</dd>
              </div>
              <div>
                <dt>{t('fieldRole')}</dt>
                <dd>{t(ROLE_LABEL[user.role])}</dd>
              </div>
              <div>
                <dt>{t('fieldDepartments')}</dt>
                <dd>
                  {user.departments.length === 0
                    ? t('departmentsNone')
                    : user.departments.join('、')}
                </dd>
              </div>
              <div>
                <dt>{t('fieldMunicipality')}</dt>
                <dd>{user.municipality.name}</dd>
              </div>
            </dl>
          </section>
          <ProfileForm user={user} />
          <PasswordForm />
        </PageLayout>
      )}
    </RequireSession>
  );
}
