import type { ApiError } from '../../api/api-error.ts';
import { errorField } from '../../api/api-error.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { apiErrorMessage } from '../../i18n/api-error-message.ts';

/** The field of the account forms a refusal is about, with what to say there. */
export interface AccountProblem {
  readonly field: 'email' | 'name' | 'role' | 'departments' | 'password' | null;
  readonly text: string;
}

/** A refused account change in the admin's words, at the field the server named. */
export function accountProblem(error: ApiError, t: Translate): AccountProblem {
  if (error.code === 'conflict' && errorField(error) === 'email') {
    return { field: 'email', text: t('accountEmailProblem') };
  }
  if (error.code !== 'validation') return { field: null, text: apiErrorMessage(error, t) };
  switch (errorField(error)) {
    case 'email':
      return { field: 'email', text: t('accountEmailProblem') };
    case 'password':
      return { field: 'password', text: t('passwordTooShort') };
    case 'departments':
      return { field: 'departments', text: t('accountDepartmentsProblem') };
    case 'role':
    case 'disabled':
      return { field: 'role', text: t('accountSelfProblem') };
    default:
      return { field: null, text: t('errorUnexpected', { message: error.message }) };
  }
}
