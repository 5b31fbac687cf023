// A labelled text area (metadata XML, redirect URIs) with its hint and error tied to it for
// screen readers, as TextField does for one line.
import { useId, type TextareaHTMLAttributes } from "react";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
};

export function TextAreaField({ label, hint, error, ...area }: Props) {
  const id = useId();
  const describedBy =
    [error === undefined ? "" : `${id}-error`, hint === undefined ? "" : `${id}-hint`]
      .filter(Boolean)
      .join(" ") || undefined;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="field-textarea"
        dir="ltr"
        spellCheck={false}
        translate="no"
        {...area}
        aria-invalid={error !== undefined || undefined}
        aria-describedby={describedBy}
      />
      {hint !== undefined && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
