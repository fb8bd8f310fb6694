import type { FormEvent } from 'react';
import { useState } from 'react';
import { apiPaths } from '../../api/api-client.ts';
import { asApiError, errorField } from '../../api/api-error.ts';
import { FormStatus } from '../../components/form-status.tsx';
import type { Outcome } from '../../components/form-status.tsx';
import { NewPasswordFields, newPasswordErrors } from '../../components/new-password-fields.tsx';
import { TextField } from '../../components/text-field.tsx';
import { apiErrorMessage } from '../../i18n/api-error-message.ts';
import { useSession } from '../../session/session-context.tsx';
import { useView } from '../../view-context.tsx';

type Field = 'current' | 'next' | 'confirm';

/** Change one's own password: the current one, the new one twice. */
export function PasswordForm() {
  const { t } = useView();
  const { send, ownPasswordSet } = useSession();
  const [values, setValues] = useState<Record<Field, string>>({
    current: '',
    next: '',
    confirm: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  const fail = (found: Partial<Record<Field, string>>) => {
    setErrors(found);
    const first = (['current', 'next', 'confirm'] as const).find((f) => found[f] !== undefined);
    if (first) document.getElementById(`password-${first}`)?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const found: Partial<Record<Field, string>> = {
      ...(values.current === '' ? { current: t('passwordCurrentWrong') } : {}),
      ...newPasswordErrors(values, t),
    };
    if (Object.keys(found).length > 0) return fail(found);
    setErrors({});
    setBusy(true);
    send('PUT', apiPaths.password(), {
      currentPassword: values.current,
      newPassword: values.next,
    }).then(
      () => {
        setBusy(false);
        setValues({ current: '', next: '', confirm: '' });
        setOutcome({ kind: 'done', text: t('passwordChanged') });
        ownPasswordSet();
      },
      (failure: unknown) => {
        setBusy(false);
        const error = asApiError(failure);
        const field = error.code === 'validation' ? errorField(error) : null;
        if (field === 'currentPassword') return fail({ current: t('passwordCurrentWrong') });
        if (field === 'newPassword') return fail({ next: t('passwordTooShort') });
        setOutcome({ kind: 'error', text: apiErrorMessage(error, t) });
      },
    );
  };

  return (
    <section className="section" aria-labelledby="password-title">
      <h2 id="password-title">{t('passwordTitle')}</h2>
      <form className="form card" onSubmit={submit} noValidate>
        <FormStatus outcome={outcome} />
        <TextField
          id="password-current"
          label={t('fieldCurrentPassword')}
          type="password"
          autoComplete="current-password"
          required
          value={values.current}
          error={errors.current}
          onChange={set('current')}
        />
        <NewPasswordFields
          idPrefix="password"
          typed={values}
          errors={errors}
          onChange={(field, text) => setValues((v) => ({ ...v, [field]: text }))}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('formSaving') : t('passwordSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
