// An error the user must hear at once (role="alert", read out by screen readers as it appears),
// drawn like the sign-in page's errors; renders nothing while there is none, so a form can pass
// its error state straight through.
import { useEffect, useRef, type ReactNode } from "react";
import { focusWasDropped } from "./dropped-focus.ts";
import { AlertIcon } from "./Icons.tsx";

export function ErrorAlert({ message }: { message: ReactNode }) {
  const alert = useRef<HTMLDivElement>(null);
  const shown = !(message === undefined || message === null || message === false || message === "");
  const words = typeof message === "string" ? message : undefined;
  useEffect(() => {
    if (shown && focusWasDropped()) {
      alert.current?.focus(); // keyboard users continue from the words that say why
    }
  }, [shown, words]);
  if (!shown) {
    return null;
  }
  return (
    <div ref={alert} className="alert alert-error" role="alert" tabIndex={-1}>
      <AlertIcon size={18} />
      <span>{message}</span>
    </div>
  );
}
