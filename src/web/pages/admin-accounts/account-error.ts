import type { ApiError } from '../../api/api-error.ts';
import type { Explain } from '../../api/use-mutation.ts';
import { errorField } from '../../api/api-error.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { apiErrorMessage } from '../../i18n/api-error-message.ts';

export type AccountField = 'email' | 'name' | 'role' | 'departments' | 'password';

/** The field of the account forms a refusal is about, with what to say there. */
export interface AccountProblem {
  readonly field: AccountField | null;
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
    case 'departments': {
      // 「情報政策 is not one of the municipality's departments …」: name it in the reader's words.
      const unknown = /^(.+?) is not one of the municipality/.exec(error.message)?.[1];
      return {
        field: 'departments',
        text: unknown ? t('departmentUnknown', { names: unknown }) : t('accountDepartmentsProblem'),
      };
    }
    case 'role':
    case 'disabled':
      return { field: 'role', text: t('accountSelfProblem') };
    default:
      return { field: null, text: t('errorUnexpected', { message: error.message }) };
  }
}

/**
 * accountProblem as useMutation's explain: a refusal of one of `beside` (the fields the form
 * shows it at) is said there only, any other above the form.
 */
export const explainAccount =
  (t: Translate, beside: readonly AccountField[]): Explain =>
  (error) => {
    const found = accountProblem(error, t);
    return found.field !== null && beside.includes(found.field)
      ? { field: found.field, text: found.text }
      : found.text;
  };
