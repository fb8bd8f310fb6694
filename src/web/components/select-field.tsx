import type { ChangeEvent } from 'react';

/** One choice of a select: what is sent and what the reader sees. */
export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

/**
 * A labelled select in a form's grid, as the tree's move forms ask "which" and "where":
 * options in order, an optional first choice (「最後に置く」) and an optional hint under the label.
 */
export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  first?: SelectOption;
  hint?: string;
  onChange: (value: string) => void;
}) {
  const choices = props.first ? [props.first, ...props.options] : props.options;
  const hintId = `${props.id}-hint`;
  return (
    <div className="field form-field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint && (
        <span id={hintId} className="field__hint">
          {props.hint}
        </span>
      )}
      <select
        id={props.id}
        aria-describedby={props.hint ? hintId : undefined}
        value={props.value}
        onChange={(e: ChangeEvent<HTMLSelectElement>) => props.onChange(e.target.value)}
      >
        {choices.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
