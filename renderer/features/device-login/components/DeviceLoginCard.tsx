// Security → Devices → Device login: "Verified with Touch ID 3 h ago · next check in 9 h" with
// "Verify now", setup after a recent verification, and the passkeys on this account with remove
// (confirmed first). Not shown at all while the organization has device login off. The desktop
// app's wake / unlock / tray "Verify now" re-check the session here too.
import { useCallback, useEffect, useState } from "react";
import { Button } from "../../../components/Button.tsx";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { onDesktopRecheck } from "../../../lib/desktop.ts";
import { apiErrorOf } from "../../../lib/http.ts";
import { useSession } from "../../../stores/session.ts";
import {
  getDeviceLoginStatus,
  removePasskey,
  reverifyWithDevice,
  setUpDeviceLogin,
  type DeviceLoginStatus,
  type Passkey,
} from "../api.ts";
import { checkAvailability, describeCeremonyError, type Availability } from "../availability.ts";
import { describeCountdown } from "../countdown.ts";
import "../device-login.css";
import { formatDate } from "../format.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";

export function DeviceLoginCard() {
  const [status, setStatus] = useState<DeviceLoginStatus>();
  const [availability, setAvailability] = useState<Availability>();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const [now, setNow] = useState(() => Date.now());
  const [removing, setRemoving] = useState<Passkey>();
  const [removeError, setRemoveError] = useState<string>();

  const load = useCallback(async () => {
    try {
      const loaded = await getDeviceLoginStatus();
      setStatus(loaded);
      setAvailability(await checkAvailability(loaded.mode));
      setNow(Date.now());
    } catch (caught) {
      setError(apiErrorOf(caught).message);
    }
  }, []);
  useEffect(() => {
    void load();
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    const stop = onDesktopRecheck(() => {
      void load();
      void useSession.getState().loadSession(); // a session due for re-verification shows the prompt
    });
    return () => {
      window.clearInterval(timer);
      stop();
    };
  }, [load]);

  if (status === undefined || availability === undefined || status.mode === "off") {
    return null; // nothing to offer or explain while the organization has it off
  }
  const label = availability.available ? availability.label : "your password";
  const run = async (key: string, action: () => Promise<unknown>) => {
    setBusy(key);
    setError(undefined);
    try {
      await action();
      await load();
    } catch (caught) {
      setError(describeCeremonyError(caught, label));
    } finally {
      setBusy(undefined);
    }
  };
  const remove = async (passkey: Passkey) => {
    setBusy(passkey.id);
    setRemoveError(undefined);
    try {
      await withRecentVerification(() => removePasskey(passkey.id));
      setRemoving(undefined);
      await load();
    } catch (caught) {
      if (apiErrorOf(caught).code !== "VERIFICATION_CANCELLED") {
        setRemoveError(describeCeremonyError(caught, label));
      }
    } finally {
      setBusy(undefined);
    }
  };
  const hasPasskey = status.passkeys.length > 0;
  return (
    <section className="card" aria-labelledby="section-device-login">
      <div className="card-header">
        <h2 id="section-device-login" className="card-title">
          Device login
        </h2>
        {availability.available && hasPasskey && (
          <Button
            variant="secondary"
            busy={busy === "verify"}
            busyLabel={`Waiting for ${label}…`}
            onClick={() => void run("verify", reverifyWithDevice)}
          >
            Verify now
          </Button>
        )}
      </div>
      <p className="card-note">
        Sign in with {availability.available ? label : "Touch ID or Windows Hello"} instead of your
        password and code. It is set up on each computer separately and counts as multi-factor
        authentication.
      </p>
      <p className="card-note" data-testid="verification-countdown">
        {describeCountdown({
          label: hasPasskey && availability.available ? label : "your password",
          verifiedAt: Date.parse(status.verifiedAt),
          reverifyAt: Date.parse(status.reverifyAt),
          now,
        })}
      </p>
      {error !== undefined && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {!availability.available ? (
        <p className="list-empty">{availability.reason}</p>
      ) : (
        !hasPasskey && (
          <Button
            busy={busy === "setup"}
            busyLabel={`Waiting for ${label}…`}
            onClick={() => void run("setup", () => setUpDeviceLogin(`${label} on this device`))}
          >
            Set up {label}
          </Button>
        )
      )}
      {hasPasskey && (
        <ul className="item-list" aria-label="Device logins">
          {status.passkeys.map((passkey) => (
            <li key={passkey.id} className="item-row">
              <div className="item-main">
                <span className="item-title">{passkey.name}</span>
                <span className="item-meta">
                  Added {formatDate(passkey.createdAt)}
                  {passkey.lastUsedAt === null
                    ? ""
                    : ` · Last used ${formatDate(passkey.lastUsedAt)}`}
                </span>
              </div>
              <div className="item-actions">
                <Button
                  variant="secondary"
                  onClick={() => {
                    setRemoveError(undefined);
                    setRemoving(passkey);
                  }}
                  aria-label={`Remove ${passkey.name}`}
                >
                  Remove
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        title={`Remove “${removing?.name ?? ""}”?`}
        open={removing !== undefined}
        confirmLabel="Remove device login"
        busyLabel="Removing…"
        busy={removing !== undefined && busy === removing.id}
        error={removeError}
        onConfirm={() => {
          if (removing !== undefined) {
            void remove(removing);
          }
        }}
        onCancel={() => setRemoving(undefined)}
      >
        <p>
          You will sign in on that computer with your password and code again, until you set up
          device login there once more.
        </p>
      </ConfirmDialog>
    </section>
  );
}
