// Copies a value shown on screen (a setup key, a connect key) and says so; where the browser
// refuses the clipboard, it says how to copy by hand instead.
import { useEffect, useState } from "react";
import { Button } from "./Button.tsx";

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
        {state === "copied" ? "Copied" : props.label}
      </Button>
      <span className="visually-hidden" role="status">
        {state === "copied" ? "Copied to the clipboard." : ""}
      </span>
      {state === "failed" && (
        <span className="field-error" role="alert">
          The browser did not allow copying. Select the text and copy it yourself.
        </span>
      )}
    </>
  );
}
