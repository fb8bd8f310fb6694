import type { Translate } from '../i18n/i18n.ts';
import { useView } from '../view-context.tsx';
import { TextField } from './text-field.tsx';

/** The server's rule, repeated here only to say so before sending (it checks again). */
export const MIN_PASSWORD = 10;

/** A new password as typed twice. */
export interface NewPassword {
  readonly next: string;
  readonly confirm: string;
}

export type NewPasswordErrors = { readonly [F in keyof NewPassword]?: string };

/** What is wrong with a new password before it is sent: too short, else the two differ. */
export function newPasswordErrors(typed: NewPassword, t: Translate): NewPasswordErrors {
  if (typed.next.length < MIN_PASSWORD) return { next: t('passwordTooShort') };
  if (typed.next !== typed.confirm) return { confirm: t('passwordMismatch') };
  return {};
}

/**
 * The new password with the rule as its hint, and its confirmation: `${idPrefix}-next` and
 * `${idPrefix}-confirm`, so a form can move the focus to the one in error.
 */
export function NewPasswordFields(props: {
  idPrefix: string;
  typed: NewPassword;
  errors: NewPasswordErrors;
  onChange: (field: keyof NewPassword, text: string) => void;
}) {
  const { t } = useView();
  return (
    <>
      <TextField
        id={`${props.idPrefix}-next`}
        label={t('fieldNewPassword')}
        hint={t('passwordHint')}
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD}
        value={props.typed.next}
        error={props.errors.next}
        onChange={(event) => props.onChange('next', event.target.value)}
      />
      <TextField
        id={`${props.idPrefix}-confirm`}
        label={t('fieldConfirmPassword')}
        type="password"
        autoComplete="new-password"
        required
        value={props.typed.confirm}
        error={props.errors.confirm}
        onChange={(event) => props.onChange('confirm', event.target.value)}
      />
    </>
  );
}
