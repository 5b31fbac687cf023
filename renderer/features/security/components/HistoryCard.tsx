// Security → Sign-in history: the user's own recent security events in words (from the server's
// event catalogue), filtered to sign-ins, security changes or everything, with "This wasn't me"
// on sign-ins and factor changes — which ends every session and locks the account.
import { useState } from "react";
import { Button } from "../../../components/Button.tsx";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { InfoDialog } from "../../../components/InfoDialog.tsx";
import { apiErrorOf } from "../../../lib/http.ts";
import { useSession } from "../../../stores/session.ts";
import { listSecurityEvents, reportSecurityEvent, type SecurityEvent } from "../api.ts";
import { formatDateTime } from "../format.ts";
import { useLoader } from "../use-loader.ts";
import { LoadState } from "./LoadState.tsx";

const filters = [
  { value: "sign_in", label: "Sign-ins", empty: "No sign-ins yet." },
  { value: "security_change", label: "Security changes", empty: "No security changes yet." },
  { value: "all", label: "All", empty: "Nothing here yet." },
] as const;
type Filter = (typeof filters)[number]["value"];

export function HistoryCard() {
  const [loaded, reload] = useLoader(listSecurityEvents);
  const [filter, setFilter] = useState<Filter>("sign_in");
  const [reporting, setReporting] = useState<SecurityEvent>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [outcome, setOutcome] = useState<string>();

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
  // The account is locked and this session is over: back to the sign-in screen, saying so.
  const onLockedOut = () => useSession.getState().endSession(outcome ?? "");

  const shown =
    loaded.state === "loaded"
      ? loaded.value.filter((event) => filter === "all" || event.category === filter)
      : [];
  return (
    <section className="card" aria-labelledby="section-history">
      <div className="card-header">
        <h2 id="section-history" className="card-title">
          Sign-in history
        </h2>
        <p className="card-note">Your last 100 security events</p>
      </div>
      <fieldset className="segmented">
        <legend className="visually-hidden">Show</legend>
        {filters.map((option) => (
          <label key={option.value} className="segmented-option">
            <input
              type="radio"
              name="history-filter"
              value={option.value}
              checked={filter === option.value}
              onChange={() => setFilter(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </fieldset>
      <LoadState loaded={loaded} what="your sign-in history" onRetry={reload} />
      {loaded.state === "loaded" &&
        (shown.length === 0 ? (
          <p className="list-empty">{filters.find(({ value }) => value === filter)?.empty}</p>
        ) : (
          <ul className="item-list" aria-label="Sign-in history">
            {shown.map((event) => (
              <li key={event.id} className="item-row">
                <div className="item-main">
                  <span className="item-title">
                    {event.title}
                    {event.detail !== null && <span className="item-detail">· {event.detail}</span>}
                  </span>
                  <span className="item-meta">
                    {formatDateTime(event.at)} · {event.device}
                    {event.ip === null ? "" : ` · ${event.ip}`}
                  </span>
                </div>
                {event.reportable && (
                  <div className="item-actions">
                    <Button
                      variant="quiet"
                      onClick={() => {
                        setError(undefined);
                        setReporting(event);
                      }}
                      aria-label={`This wasn’t me: ${event.title}, ${formatDateTime(event.at)}`}
                    >
                      This wasn’t me
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        ))}
      <ConfirmDialog
        title="Secure your account?"
        open={reporting !== undefined}
        confirmLabel="Sign out everywhere and lock"
        busyLabel="Securing…"
        busy={busy}
        error={error}
        onConfirm={() => void report()}
        onCancel={() => setReporting(undefined)}
      >
        <p>
          {reporting === undefined
            ? ""
            : `“${reporting.title}” on ${formatDateTime(reporting.at)}. `}
          We will sign you out on every device and lock your account. Your IT administrator will be
          told and will help you get back in with a new password.
        </p>
      </ConfirmDialog>
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
