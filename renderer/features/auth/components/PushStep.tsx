// The sign-in's waiting screen while the desktop app is asked to approve (issue 17): the number
// to pick there, which device to look at, and — when the answer was no, the request expired, or
// push is paused — what happened and the ways on (another request, a code, someone else).
import { useEffect, useRef } from "react";
import { Button } from "../../../components/Button.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { InfoIcon } from "../../../components/StatusIcons.tsx";
import type { PushPrompt } from "../api.ts";

/** A pause before asking again after a failed wait (the network, a restarting server). */
const retryAfterErrorMs = 2_000;

function timeOf(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { timeStyle: "short" });
}

function outcomeMessage(prompt: PushPrompt): string | undefined {
  switch (prompt.status) {
    case "denied":
      return prompt.denyReason === "reported"
        ? "You said this sign-in was not you. We signed you out everywhere and locked your account; your IT administrator has been told."
        : "The number picked on your desktop app did not match this one, so the sign-in was not approved.";
    case "expired":
    case "cancelled":
      return "The request on your desktop app expired before it was answered.";
    case "limited":
      return "Too many sign-in requests were sent in the last 10 minutes, so no new one was sent.";
    case "paused":
      return prompt.pausedUntil === null
        ? "Sign-in requests to your desktop app are paused after several were denied."
        : `Sign-in requests to your desktop app are paused until ${timeOf(prompt.pausedUntil)} after several were denied.`;
    default:
      return undefined;
  }
}

export function PushStep(props: {
  email: string;
  prompt: PushPrompt;
  busy: boolean;
  /** Waits once for the answer; true once signed in. */
  waitForApproval: () => Promise<boolean>;
  onSignedIn: () => Promise<void>;
  onSendAnother: () => void;
  onUseCode: () => void;
  onCancel: () => void;
}) {
  const { prompt, waitForApproval } = props;
  const pending = prompt.status === "pending";
  // The session exists once a wait says so, even if this screen is going away: always go on.
  const signedIn = useRef(props.onSignedIn);
  signedIn.current = props.onSignedIn;

  useEffect(() => {
    if (!pending) {
      return undefined;
    }
    let stopped = false;
    void (async () => {
      while (!stopped) {
        const before = Date.now();
        if (await waitForApproval()) {
          await signedIn.current();
          return;
        }
        // A wait that came back at once failed: do not hammer the server.
        if (Date.now() - before < 500) {
          await new Promise((resolve) => setTimeout(resolve, retryAfterErrorMs));
        }
      }
    })();
    return () => {
      stopped = true;
    };
  }, [pending, waitForApproval]);

  const device = prompt.devices.length === 1 ? prompt.devices[0] : undefined;
  const outcome = outcomeMessage(prompt);
  return (
    <div className="login-form">
      <div className="identity-chip">
        <span className="identity-chip-email">{props.email}</span>
      </div>
      {pending && prompt.number !== null ? (
        <>
          <h2 className="push-title">Approve on your desktop app</h2>
          <p className="login-subtitle">
            {device === undefined
              ? "Open Gatehouse on your computer and pick this number:"
              : `Open Gatehouse on ${device} and pick this number:`}
          </p>
          <p className="push-number" aria-label={`Number ${prompt.number}`}>
            {prompt.number}
          </p>
          <p className="push-waiting" role="status">
            <span className="spinner push-spinner" aria-hidden="true" />
            Waiting for your approval
            {prompt.expiresAt === null ? "" : ` (until ${timeOf(prompt.expiresAt)})`}
          </p>
        </>
      ) : (
        <div
          className={prompt.status === "denied" ? "alert alert-error" : "alert alert-info"}
          role="alert"
        >
          {prompt.status === "denied" ? <AlertIcon size={18} /> : <InfoIcon size={18} />}
          <span>{outcome}</span>
        </div>
      )}
      {prompt.canRetry && (
        <Button
          type="button"
          busy={props.busy}
          busyLabel="Sending…"
          className="button-block"
          onClick={props.onSendAnother}
        >
          Send another request
        </Button>
      )}
      <div className="login-links">
        {prompt.codeAvailable && (
          <button type="button" className="link-button" onClick={props.onUseCode}>
            Use a code instead
          </button>
        )}
        <button type="button" className="link-button" onClick={props.onCancel}>
          Sign in as someone else
        </button>
      </div>
    </div>
  );
}
