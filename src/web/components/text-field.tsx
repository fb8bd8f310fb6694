import type { InputHTMLAttributes, Ref } from 'react';

/**
 * A labelled input with its hint and its error, both tied to it (aria-describedby), and
 * aria-invalid while the error shows.
 */
export function TextField(
  props: Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
    id: string;
    label: string;
    ref?: Ref<HTMLInputElement> | undefined;
    hint?: string | undefined;
    error?: string | null | undefined;
  },
) {
  const { id, label, hint, error, className, ref, ...input } = props;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={['field', 'form-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
      <input
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described === '' ? undefined : described}
        {...input}
      />
      {error && (
        <span id={errorId} className="field__error">
          {error}
        </span>
      )}
    </div>
  );
}
