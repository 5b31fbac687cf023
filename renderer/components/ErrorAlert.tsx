// An error the user must hear at once (role="alert", read out by screen readers as it appears);
// renders nothing while there is none, so a form can pass its error state straight through.
import type { ReactNode } from "react";

export function ErrorAlert({ message }: { message: ReactNode }) {
  if (message === undefined || message === null || message === false || message === "") {
    return null;
  }
  return (
    <p className="field-error" role="alert">
      {message}
    </p>
  );
}
