import type { FormEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { AccountView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { asApiError } from '../../api/api-error.ts';
import { FormStatus } from '../../components/form-status.tsx';
import type { Outcome } from '../../components/form-status.tsx';
import { NewPasswordFields, newPasswordErrors } from '../../components/new-password-fields.tsx';
import { useSession } from '../../session/session-context.tsx';
import { useView } from '../../view-context.tsx';
import { accountProblem } from './account-error.ts';

type Field = 'next' | 'confirm';

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
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const fail = (found: Partial<Record<Field, string>>) => {
    setErrors(found);
    const first = (['next', 'confirm'] as const).find((f) => found[f] !== undefined);
    if (first) document.getElementById(`account-password-${first}`)?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const found = newPasswordErrors(values, t);
    if (Object.keys(found).length > 0) return fail(found);
    setErrors({});
    setBusy(true);
    send('PUT', apiPaths.accountPassword(account.id), { password: values.next }).then(
      () => {
        setBusy(false);
        props.onDone(account);
      },
      (failure: unknown) => {
        setBusy(false);
        const found = accountProblem(asApiError(failure), t);
        if (found.field === 'password') return fail({ next: found.text });
        setOutcome({ kind: 'error', text: found.text });
      },
    );
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
