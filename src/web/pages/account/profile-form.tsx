import type { FormEvent } from 'react';
import { useState } from 'react';
import type { AccountView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useSession } from '../../session/session-context.tsx';
import { useView } from '../../view-context.tsx';

/** One's own name and e-mail address (the sign-in name), an admin's too (issue 23). */
export function ProfileForm(props: { user: AccountView }) {
  const { t } = useView();
  const { profileSaved } = useSession();
  const [name, setName] = useState(props.user.name);
  const [email, setEmail] = useState(props.user.email);
  const { run, busy, outcome, refusal } = useMutation((error, field) =>
    error.code === 'conflict' && field === 'email' ? t('profileEmailTaken') : null,
  );
  const errorFor = (field: string) => (refusal?.field === field ? refusal.text : null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = {
      ...(name.trim() === props.user.name ? {} : { name: name.trim() }),
      ...(email.trim() === props.user.email ? {} : { email: email.trim() }),
    };
    if (Object.keys(body).length === 0) return;
    if (await run('PUT', apiPaths.profile(), body, t('profileSaved'))) {
      profileSaved({ name: name.trim(), email: email.trim().toLowerCase() });
    }
  }
  return (
    <section className="section" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('profileTitle')}</h2>
      <form className="form card" onSubmit={submit} noValidate>
        <TextField
          id="profile-name"
          label={t('fieldName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errorFor('name')}
        />
        <TextField
          id="profile-email"
          label={t('fieldEmail')}
          hint={t('profileEmailHint')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errorFor('email')}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            {t('profileSave')}
          </button>
        </div>
        <FormStatus outcome={outcome} />
      </form>
    </section>
  );
}
