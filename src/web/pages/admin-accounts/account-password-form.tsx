import type { FormEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { AccountView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { NewPasswordFields, newPasswordErrors } from '../../components/new-password-fields.tsx';
import { useSession } from '../../session/session-context.tsx';
import { useView } from '../../view-context.tsx';
import { explainAccount } from './account-error.ts';

type Field = 'next' | 'confirm';
const FIELDS: readonly Field[] = ['next', 'confirm'];

/**
 * Sets another account's password (PUT /api/accounts/:id/password): for someone who forgot
 * theirs. Its sessions end; the admin's own password is changed on the account page instead.
 */
export function AccountPasswordForm(props: {
  account: AccountView;
  onDone: (account: AccountView) => void;
  onCancel: () => void;
}) {
  const { t } = useView();
  const { send } = useSession();
  const { account } = props;
  const [values, setValues] = useState<Record<Field, string>>({ next: '', confirm: '' });
  const [typed, setTyped] = useState<Partial<Record<Field, string>>>({});
  const { perform, clear, busy, outcome, refusal } = useMutation(explainAccount(t, ['password']));
  // What was typed is checked first; the server's refusal of the password replaces it.
  const errors = refusal?.beside ? { next: refusal.text } : typed;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const focus = (field: string | null | undefined) => {
    if (FIELDS.some((f) => f === field)) {
      document.getElementById(`account-password-${field}`)?.focus();
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    const found = newPasswordErrors(values, t);
    setTyped(found);
    if (Object.keys(found).length > 0) return focus(FIELDS.find((f) => found[f] !== undefined));
    const path = apiPaths.accountPassword(account.id);
    const done = await perform(
      () => send('PUT', path, { password: values.next }),
      () => null,
    );
    return done.ok ? props.onDone(account) : focus(done.refusal.beside ? 'next' : null);
  };

  return (
    <section className="section" aria-labelledby="account-password">
      <h2 id="account-password" ref={heading} tabIndex={-1}>
        {t('accountPasswordTitle', { name: account.name })}
      </h2>
      <form className="form card" onSubmit={submit} noValidate>
        <FormStatus outcome={outcome} />
        <p className="form__note">{account.email}</p>
        <p className="form__note">{t('accountPasswordLead')}</p>
        <NewPasswordFields
          idPrefix="account-password"
          typed={values}
          errors={errors}
          onChange={(field, text) => setValues((v) => ({ ...v, [field]: text }))}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('formSaving') : t('accountPasswordSubmit')}
          </button>
          <button type="button" className="button button--secondary" onClick={props.onCancel}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
