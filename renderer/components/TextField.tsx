// A labelled text input with its error message tied to it for screen readers; a field refused
// after its submit button dropped focus takes it, so its error is read out with it.
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
} from "react";
import { focusWasDropped } from "./dropped-focus.ts";

/** Addresses, numbers and passwords read left to right in every language (Arabic included). */
const leftToRightTypes = new Set(["email", "tel", "url", "password"]);

type Props = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  error?: string | undefined;
  trailing?: ReactNode;
  ref?: Ref<HTMLInputElement>;
};

export function TextField({ label, error, trailing, ref, ...input }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  const own = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (error !== undefined && focusWasDropped()) {
      own.current?.focus();
    }
  }, [error]);
  const attach = useCallback(
    (node: HTMLInputElement | null) => {
      own.current = node;
      if (typeof ref === "function") {
        ref(node);
      } else if (ref !== null && ref !== undefined) {
        ref.current = node;
      }
    },
    [ref],
  );
  // The error first, then whatever else describes the field (a checklist, a strength meter).
  const describedBy =
    [error === undefined ? "" : errorId, input["aria-describedby"] ?? ""]
      .filter(Boolean)
      .join(" ") || undefined;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className={`field-control${error === undefined ? "" : " field-control-invalid"}`}>
        <input
          ref={attach}
          id={id}
          className="field-input"
          dir={
            leftToRightTypes.has(input.type ?? "") || input.inputMode === "numeric"
              ? "ltr"
              : undefined
          }
          {...input}
          aria-invalid={error !== undefined || undefined}
          aria-describedby={describedBy}
        />
        {trailing}
      </div>
      {error !== undefined && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
