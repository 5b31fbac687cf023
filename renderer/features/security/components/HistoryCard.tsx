// Security → Sign-in history: the user's own recent security events, each with
// "This wasn't me", which ends every session and locks the account until IT unlocks it.
import { useState } from "react";
import { Button } from "../../../components/Button.tsx";
import { InfoDialog } from "../../../components/InfoDialog.tsx";
import { apiErrorOf } from "../../../lib/http.ts";
import { useSession } from "../../../stores/session.ts";
import { listSecurityEvents, reportSecurityEvent, type SecurityEvent } from "../api.ts";
import { describeSecurityEvent } from "../event-labels.ts";
import { useLoader } from "../use-loader.ts";
import { LoadState } from "./LoadState.tsx";

export function HistoryCard() {
  const [loaded, reload] = useLoader(listSecurityEvents);
  const [reporting, setReporting] = useState<SecurityEvent>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [outcome, setOutcome] = useState<string>();

  // The account is locked and this session is over: back to the sign-in screen.
  const onLockedOut = () => void useSession.getState().loadSession();

  const report = async () => {
    if (reporting === undefined) {
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const result = await reportSecurityEvent(reporting.id);
      setReporting(undefined);
      setOutcome(result.message);
    } catch (caught) {
      setError(apiErrorOf(caught).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="section-history">
      <div className="card-header">
        <h2 id="section-history" className="card-title">
          Sign-in history
        </h2>
        <p className="card-note">Your last 100 security events</p>
      </div>
      <LoadState loaded={loaded} what="your sign-in history" onRetry={reload} />
      {loaded.state === "loaded" &&
        (loaded.value.length === 0 ? (
          <p className="list-empty">Nothing here yet.</p>
        ) : (
          <ul className="item-list" aria-label="Sign-in history">
            {loaded.value.map((event) => (
              <li key={event.id} className="item-row">
                <div className="item-main">
                  <span className="item-title">
                    {describeSecurityEvent(event.event, event.reason)}
                  </span>
                  <span className="item-meta">
                    {formatDateTime(event.at)} · {event.device}
                    {event.ip === null ? "" : ` · ${event.ip}`}
                  </span>
                </div>
                {event.event !== "account.reported_compromise" && (
                  <div className="item-actions">
                    <Button variant="quiet" onClick={() => setReporting(event)}>
                      This wasn’t me
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        ))}
      <InfoDialog
        title="Secure your account?"
        open={reporting !== undefined}
        onClose={() => setReporting(undefined)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setReporting(undefined)} disabled={busy}>
              Cancel
            </Button>
            <Button
              className="button-danger"
              busy={busy}
              busyLabel="Securing…"
              onClick={() => void report()}
            >
              Sign out everywhere and lock
            </Button>
          </>
        }
      >
        <p>
          {reporting === undefined
            ? ""
            : `“${describeSecurityEvent(reporting.event, reporting.reason)}” on ${formatDateTime(reporting.at)}. `}
          We will sign you out on every device and lock your account. Your IT administrator will be
          told and will help you get back in with a new password.
        </p>
        {error !== undefined && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </InfoDialog>
      <InfoDialog
        title="Your account is locked"
        open={outcome !== undefined}
        onClose={onLockedOut}
        actions={<Button onClick={onLockedOut}>OK</Button>}
      >
        <p role="status">{outcome}</p>
      </InfoDialog>
    </section>
  );
}

function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}
