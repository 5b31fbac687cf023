// Copies a value shown on screen (a setup key, a connect key) and says so; where the browser
// refuses the clipboard, it says how to copy by hand instead.
import { useEffect, useState } from "react";
import { FormattedMessage } from "react-intl";
import { Button } from "./Button.tsx";
import { commonMessages } from "./messages.ts";

export function CopyButton(props: { value: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state !== "copied") {
      return;
    }
    const timer = window.setTimeout(() => setState("idle"), 4000);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.value);
      setState("copied");
    } catch {
      setState("failed");
    }
  };

  return (
    <>
      <Button variant="secondary" className="button-small" onClick={() => void copy()}>
        {state === "copied" ? <FormattedMessage {...commonMessages.copied} /> : props.label}
      </Button>
      <span className="visually-hidden" role="status">
        {state === "copied" && <FormattedMessage {...commonMessages.copiedAnnouncement} />}
      </span>
      {state === "failed" && (
        <span className="field-error" role="alert">
          <FormattedMessage {...commonMessages.copyRefused} />
        </span>
      )}
    </>
  );
}
