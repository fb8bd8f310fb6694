import type { FormEvent } from 'react';
import { useState } from 'react';
import { apiPaths } from '../../api/api-client.ts';
import type { ApiError } from '../../api/api-error.ts';
import { errorField } from '../../api/api-error.ts';
import type { FieldRefusal } from '../../api/use-mutation.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { NewPasswordFields, newPasswordErrors } from '../../components/new-password-fields.tsx';
import { TextField } from '../../components/text-field.tsx';
import type { Translate } from '../../i18n/i18n.ts';
import { useSession } from '../../session/session-context.tsx';
import { useView } from '../../view-context.tsx';

type Field = 'current' | 'next' | 'confirm';
const FIELDS: readonly Field[] = ['current', 'next', 'confirm'];

/** A refused password change beside its field: a wrong current one, a new one too short. */
const explainPassword =
  (t: Translate) =>
  (error: ApiError): FieldRefusal | null => {
    const field = error.code === 'validation' ? errorField(error) : null;
    if (field === 'currentPassword') return { field: 'current', text: t('passwordCurrentWrong') };
    if (field === 'newPassword') return { field: 'next', text: t('passwordTooShort') };
    return null;
  };

/** Change one's own password: the current one, the new one twice. */
export function PasswordForm() {
  const { t } = useView();
  const { send, ownPasswordSet } = useSession();
  const [values, setValues] = useState<Record<Field, string>>({
    current: '',
    next: '',
    confirm: '',
  });
  const [typed, setTyped] = useState<Partial<Record<Field, string>>>({});
  const { perform, clear, busy, outcome, refusal } = useMutation(explainPassword(t));
  // What was typed is checked first; the server's refusal of a field replaces it.
  const errors = refusal?.beside && refusal.field ? { [refusal.field]: refusal.text } : typed;
  const focus = (field: string | null | undefined) => {
    if (FIELDS.some((f) => f === field)) document.getElementById(`password-${field}`)?.focus();
  };

  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    const found: Partial<Record<Field, string>> = {
      ...(values.current === '' ? { current: t('passwordCurrentWrong') } : {}),
      ...newPasswordErrors(values, t),
    };
    setTyped(found);
    if (Object.keys(found).length > 0) return focus(FIELDS.find((f) => found[f] !== undefined));
    const change = () =>
      send('PUT', apiPaths.password(), {
        currentPassword: values.current,
        newPassword: values.next,
      });
    const done = await perform(change, () => t('passwordChanged'));
    if (!done.ok) return focus(done.refusal.beside ? done.refusal.field : null);
    setValues({ current: '', next: '', confirm: '' });
    return ownPasswordSet();
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
