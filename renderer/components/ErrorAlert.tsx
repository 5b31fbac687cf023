// An error the user must hear at once (role="alert", read out by screen readers as it appears);
// renders nothing while there is none, so a form can pass its error state straight through.
import { useEffect, useRef, type ReactNode } from "react";

export function ErrorAlert({ message }: { message: ReactNode }) {
  const alert = useRef<HTMLParagraphElement>(null);
  const shown = !(message === undefined || message === null || message === false || message === "");
  const words = typeof message === "string" ? message : undefined;
  useEffect(() => {
    // The submit button is disabled while busy, so a failed call leaves focus on the page itself:
    // keyboard users continue from the words that say why. Focus anywhere else stays put.
    const focused = document.activeElement;
    if (shown && (focused === null || focused === document.body)) {
      alert.current?.focus();
    }
  }, [shown, words]);
  if (!shown) {
    return null;
  }
  return (
    <p ref={alert} className="field-error" role="alert" tabIndex={-1}>
      {message}
    </p>
  );
}
