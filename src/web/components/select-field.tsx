import type { ChangeEvent } from 'react';

/** One choice of a select: what is sent and what the reader sees. */
export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

/**
 * A labelled select in a form's grid, as the tree's move forms ask "which" and "where":
 * options in order, an optional first choice (「最後に置く」).
 */
export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  first?: SelectOption;
  onChange: (value: string) => void;
}) {
  const choices = props.first ? [props.first, ...props.options] : props.options;
  return (
    <div className="field form-field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
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
