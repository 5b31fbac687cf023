// A labelled choice among a few values, with its error tied to it for screen readers, as
// TextField does for a line of text.
import { useId } from "react";

export function SelectField(props: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  error?: string | undefined;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      <div className="field-control">
        <select
          id={id}
          className="field-input"
          value={props.value}
          aria-invalid={props.error !== undefined || undefined}
          aria-describedby={props.error === undefined ? undefined : `${id}-error`}
          onChange={(event) => props.onChange(event.target.value)}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {props.error !== undefined && (
        <p className="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}
