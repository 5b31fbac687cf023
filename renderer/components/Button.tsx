// The portal's buttons: primary for the one main action of a screen, secondary and quiet for
// the rest. A busy button keeps its width and says what it is doing.
import type { ButtonHTMLAttributes } from "react";

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: "primary" | "secondary" | "quiet";
  busy?: boolean;
  busyLabel?: string;
};

export function Button({
  variant = "primary",
  busy = false,
  busyLabel,
  children,
  className,
  ...rest
}: Props) {
  return (
    <button
      type="button"
      {...rest}
      className={`button button-${variant}${className === undefined ? "" : ` ${className}`}`}
      aria-busy={busy || undefined}
      disabled={rest.disabled === true || busy}
    >
      {busy ? (
        <>
          <span className="spinner" aria-hidden="true" />
          {busyLabel ?? children}
        </>
      ) : (
        children
      )}
    </button>
  );
}
