// Security → Devices → Device login: "Verified with Touch ID 3 hours ago · next check in 9
// hours" with "Verify now", setup after a recent verification, and the passkeys on this account
// with remove (confirmed first). Not shown at all while the organization has device login off.
// The desktop app's wake / unlock / tray "Verify now" re-check the session here too.
import { useCallback, useEffect, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { onDesktopRecheck } from "../../../lib/desktop.ts";
import { errorText } from "../../../lib/error-messages.ts";
import { apiErrorOf } from "../../../lib/http.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
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
import { deviceLoginMessages as m } from "../messages.ts";

/** A failure to show: while loading (an API error) or of a ceremony (also the OS prompt). */
type Failure = { kind: "load" | "ceremony"; error: unknown };

export function DeviceLoginCard() {
  const intl = useIntl();
  const [status, setStatus] = useState<DeviceLoginStatus>();
  const [availability, setAvailability] = useState<Availability>();
  const [busy, setBusy] = useState<string>();
  const [failure, setFailure] = useState<Failure>();
  const [now, setNow] = useState(() => Date.now());
  const [removing, setRemoving] = useState<Passkey>();
  const [removeError, setRemoveError] = useState<unknown>();

  const load = useCallback(async () => {
    try {
      const loaded = await getDeviceLoginStatus();
      setStatus(loaded);
      setAvailability(await checkAvailability(loaded.mode));
      setNow(Date.now());
    } catch (caught) {
      setFailure({ kind: "load", error: caught });
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
  const authenticator = availability.available ? availability.authenticator : "device";
  const run = async (key: string, action: () => Promise<unknown>) => {
    setBusy(key);
    setFailure(undefined);
    try {
      await action();
      await load();
    } catch (caught) {
      setFailure({ kind: "ceremony", error: caught });
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
        setRemoveError(caught);
      }
    } finally {
      setBusy(undefined);
    }
  };
  const hasPasskey = status.passkeys.length > 0;
  const waiting = intl.formatMessage(m.waitingFor, { authenticator });
  return (
    <section className="card" aria-labelledby="section-device-login">
      <div className="card-header">
        <h2 id="section-device-login" className="card-title">
          <FormattedMessage {...m.title} />
        </h2>
        {availability.available && hasPasskey && (
          <Button
            variant="secondary"
            busy={busy === "verify"}
            busyLabel={waiting}
            onClick={() => void run("verify", reverifyWithDevice)}
          >
            <FormattedMessage {...m.verifyNow} />
          </Button>
        )}
      </div>
      <p className="card-note">
        <FormattedMessage
          {...m.explanation}
          values={{ authenticator: availability.available ? authenticator : "any" }}
        />
      </p>
      <p className="card-note" data-testid="verification-countdown">
        {describeCountdown(intl, {
          method: hasPasskey && availability.available ? authenticator : undefined,
          verifiedAt: Date.parse(status.verifiedAt),
          reverifyAt: Date.parse(status.reverifyAt),
          now,
        })}
      </p>
      {failure !== undefined && (
        <ErrorAlert
          message={
            failure.kind === "load"
              ? errorText(intl, failure.error)
              : describeCeremonyError(intl, failure.error, authenticator)
          }
        />
      )}
      {!availability.available
        ? availability.reason !== undefined && (
            <p className="list-empty">
              <FormattedMessage {...availability.reason} />
            </p>
          )
        : !hasPasskey && (
            <Button
              busy={busy === "setup"}
              busyLabel={waiting}
              onClick={() =>
                void run("setup", () =>
                  setUpDeviceLogin(intl.formatMessage(m.passkeyName, { authenticator })),
                )
              }
            >
              <FormattedMessage {...m.setUp} values={{ authenticator }} />
            </Button>
          )}
      {hasPasskey && (
        <ul className="item-list" aria-label={intl.formatMessage(m.listLabel)}>
          {status.passkeys.map((passkey) => (
            <li key={passkey.id} className="item-row">
              <div className="item-main">
                <span className="item-title" translate="no" dir="auto">
                  {passkey.name}
                </span>
                <span className="item-meta">
                  <FormattedMessage
                    {...m.passkeyMeta}
                    values={{
                      createdAt: formatDate(intl, passkey.createdAt),
                      used: passkey.lastUsedAt === null ? "no" : "yes",
                      lastUsedAt:
                        passkey.lastUsedAt === null ? "" : formatDate(intl, passkey.lastUsedAt),
                    }}
                  />
                </span>
              </div>
              <div className="item-actions">
                <Button
                  variant="secondary"
                  onClick={() => {
                    setRemoveError(undefined);
                    setRemoving(passkey);
                  }}
                  aria-label={intl.formatMessage(m.removeLabel, { name: passkey.name })}
                >
                  <FormattedMessage {...m.remove} />
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        title={intl.formatMessage(m.removeTitle, { name: removing?.name ?? "" })}
        open={removing !== undefined}
        confirmLabel={intl.formatMessage(m.removeConfirm)}
        busyLabel={intl.formatMessage(m.removing)}
        busy={removing !== undefined && busy === removing.id}
        error={removeError === undefined ? undefined : errorText(intl, removeError)}
        onConfirm={() => {
          if (removing !== undefined) {
            void remove(removing);
          }
        }}
        onCancel={() => setRemoving(undefined)}
      >
        <p>
          <FormattedMessage {...m.removeText} />
        </p>
      </ConfirmDialog>
    </section>
  );
}
