import type { FormEvent } from 'react';
import { useRef, useState } from 'react';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { PageLayout } from '../../components/page-layout.tsx';
import { Loading } from '../../components/status-views.tsx';
import { TextField } from '../../components/text-field.tsx';
import { Link } from '../../routing/link.tsx';
import { navigate } from '../../routing/location.ts';
import { landingPath } from '../../session/return-path.ts';
import { useSession } from '../../session/session-context.tsx';
import { useView } from '../../view-context.tsx';
import { signInErrorMessage } from './sign-in-error.ts';

/** The sign-in form; on success it returns to the screen the user came from (`next`). */
export function SignInPage() {
  const { t, search } = useView();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { perform, refuse, busy, outcome } = useMutation((error) => signInErrorMessage(error, t));
  const emailRef = useRef<HTMLInputElement>(null);
  const title = t('signInTitle');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (email.trim() === '' || password === '') {
      refuse(t('signInMissing'));
      emailRef.current?.focus();
      return;
    }
    // Away before the form is idle again: the next screen replaces it.
    const signIn = async () => {
      const user = await session.signIn(email.trim(), password);
      navigate(landingPath(search.get('next'), user.role), { replace: true });
      window.scrollTo(0, 0);
      document.getElementById('main')?.focus({ preventScroll: true });
    };
    if (!(await perform(signIn, () => null)).ok) setPassword('');
  };

  if (session.status === 'loading') {
    return (
      <PageLayout title={title} current="signin">
        <h1>{title}</h1>
        <Loading />
      </PageLayout>
    );
  }
  const { user } = session;
  return (
    <PageLayout title={title} current="signin">
      <h1>{title}</h1>
      {user !== null && !busy ? (
        <div className="status" role="status">
          <p>{t('signedInAs', { name: user.name, email: user.email })}</p>
          <Link href={landingPath(search.get('next'), user.role)}>{t('signInContinue')}</Link>
        </div>
      ) : (
        <form className="form card" onSubmit={submit} noValidate aria-labelledby="signin-heading">
          <h2 id="signin-heading" className="visually-hidden">
            {title}
          </h2>
          <p>{t('signInLead')}</p>
          <FormStatus outcome={outcome} />
          <TextField
            ref={emailRef}
            id="signin-email"
            label={t('fieldEmail')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
          <TextField
            id="signin-password"
            label={t('fieldPassword')}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <div className="form__actions">
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('signingIn') : t('signInSubmit')}
            </button>
          </div>
        </form>
      )}
    </PageLayout>
  );
}
