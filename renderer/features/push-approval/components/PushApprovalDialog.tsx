// The desktop app's approval of a sign-in made elsewhere (issue 17): who is asking (browser,
// address, a configured place, time), three numbers — the one the browser shows confirms with
// Touch ID / Windows Hello — and "This wasn't me". It waits for requests while the app is open.
import { useEffect } from "react";
import { Button } from "../../../components/Button.tsx";
import { InfoDialog } from "../../../components/InfoDialog.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { isDesktopApp } from "../../../lib/desktop.ts";
import type { PushRequestEvent } from "../api.ts";
import { usePushApprovals, type ApprovalOutcome } from "../store.ts";
import "../push-approval.css";

/** One wait for requests; the HTTP client gives up at 15 s. */
const waitSeconds = 10;
/** A pause before asking again after a failed wait (offline, server restarting). */
const retryAfterErrorMs = 5_000;

const outcomeTitles: Record<ApprovalOutcome, string> = {
  approved: "Sign-in approved",
  wrong_number: "Sign-in denied",
  reported: "Sign-in reported",
};

const outcomeTexts: Record<ApprovalOutcome, string> = {
  approved: "The browser is signing you in now.",
  wrong_number:
    "The number you picked is not the one that browser shows, so the sign-in was denied. If it was you, send another request from the browser.",
  reported:
    "We denied the sign-in, signed you out everywhere and locked your account to protect it. Your IT administrator has been told and will help you choose a new password.",
};

function useWaitForRequests() {
  const refresh = usePushApprovals((state) => state.refresh);
  useEffect(() => {
    let stopped = false;
    void (async () => {
      while (!stopped) {
        if (!(await refresh(waitSeconds))) {
          await new Promise((resolve) => setTimeout(resolve, retryAfterErrorMs));
        }
      }
    })();
    return () => {
      stopped = true;
    };
  }, [refresh]);
}

/** Only the desktop app approves sign-ins; in a browser this is nothing. */
export function PushApprovals() {
  return isDesktopApp() ? <PushApprovalDialog /> : null;
}

function PushApprovalDialog() {
  useWaitForRequests();
  const { requests, answered, busy, error, approve, report, close } = usePushApprovals();
  const [request] = requests;

  if (answered !== undefined) {
    return (
      <InfoDialog title={outcomeTitles[answered.outcome]} open onClose={close}>
        <p className="dialog-lead">{outcomeTexts[answered.outcome]}</p>
      </InfoDialog>
    );
  }
  if (request === undefined) {
    return null;
  }
  return (
    <InfoDialog
      title="Is this you signing in?"
      open
      onClose={() => undefined}
      actions={
        <Button
          variant="secondary"
          className="button-danger"
          disabled={busy}
          onClick={() => void report(request)}
        >
          This wasn’t me
        </Button>
      }
    >
      <RequestDetails request={request} />
      {error !== undefined && (
        <div className="alert alert-error" role="alert">
          <AlertIcon size={18} />
          <span>{error.message}</span>
        </div>
      )}
      <p id="push-choices-label" className="push-choices-label">
        Pick the number that browser shows. You confirm with Touch ID or Windows Hello.
      </p>
      <div className="push-choices" role="group" aria-labelledby="push-choices-label">
        {request.choices.map((choice) => (
          <button
            key={choice.number}
            type="button"
            className="push-choice"
            disabled={busy}
            onClick={() => void approve(request, choice)}
          >
            {choice.number}
          </button>
        ))}
      </div>
    </InfoDialog>
  );
}

function RequestDetails({ request }: { request: PushRequestEvent }) {
  const at = new Date(request.createdAt).toLocaleTimeString(undefined, { timeStyle: "short" });
  const where = [request.ip, request.place].filter((part) => part !== null).join(" · ");
  return (
    <dl className="push-details">
      <dt>Account</dt>
      <dd>
        {request.user.displayName} ({request.user.email})
      </dd>
      <dt>Browser</dt>
      <dd>{request.browser}</dd>
      <dt>From</dt>
      <dd>{where === "" ? "Unknown" : where}</dd>
      <dt>Time</dt>
      <dd>{at}</dd>
    </dl>
  );
}
