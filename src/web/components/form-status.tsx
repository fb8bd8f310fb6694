import type { ReactNode } from 'react';

/** What a form says after it was sent: an error, or that it was done. */
export type Outcome = { readonly kind: 'error' | 'done'; readonly text: string } | null;

/**
 * The outcome of a form: an error read out at once (role="alert"), a success read out politely
 * (role="status"); `children` holds a follow-up action such as a reload button.
 */
export function FormStatus(props: { outcome: Outcome; children?: ReactNode }) {
  const { outcome } = props;
  if (outcome === null) return null;
  return outcome.kind === 'error' ? (
    <div role="alert" className="form-status form-status--error">
      <p>{outcome.text}</p>
      {props.children}
    </div>
  ) : (
    <div role="status" className="form-status form-status--done">
      <p>{outcome.text}</p>
      {props.children}
    </div>
  );
}
