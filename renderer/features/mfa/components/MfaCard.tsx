// Security → Multi-factor authentication: the authenticator app (set up, replace, remove where
// policy allows) and the recovery codes (how many are left, make a new set). Every change asks
// for a recent verification first and then carries on by itself.
import { useCallback, useEffect, useState } from "react";
import { Button } from "../../../components/Button.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { CheckIcon } from "../../../components/StatusIcons.tsx";
import { type ApiError, apiErrorOf } from "../../../lib/http.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { getMfaStatus, regenerateRecoveryCodes, removeTotp, type MfaStatus } from "../api.ts";
import "../mfa.css";
import { RecoveryCodesPanel } from "./RecoveryCodesPanel.tsx";
import { TotpSetupPanel } from "./TotpSetupPanel.tsx";

type View = { kind: "status" } | { kind: "setup" } | { kind: "codes"; codes: string[] };

export function MfaCard(props: { email: string; onFactorChanged: () => void }) {
  const [status, setStatus] = useState<MfaStatus | undefined>();
  const [view, setView] = useState<View>({ kind: "status" });
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();

  const reload = useCallback(() => {
    getMfaStatus().then(setStatus, (failure: unknown) => setError(apiErrorOf(failure)));
  }, []);
  useEffect(reload, [reload]);
  const cancelSetup = useCallback(() => setView({ kind: "status" }), []);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      await withRecentVerification(action);
    } catch (failure) {
      if (apiErrorOf(failure).code !== "VERIFICATION_CANCELLED") {
        setError(apiErrorOf(failure));
      }
    } finally {
      setBusy(false);
    }
  };

  const enabled = status !== undefined && status.totp !== null;
  return (
    <section className="card" aria-labelledby="section-mfa">
      <div className="card-header">
        <h2 id="section-mfa" className="card-title">
          Multi-factor authentication
        </h2>
        {status !== undefined && (
          <p className="card-note">
            {enabled ? (
              <span className="badge badge-on">
                <CheckIcon size={14} /> On
              </span>
            ) : (
              <span className="badge">Off</span>
            )}
          </p>
        )}
      </div>
      {error !== undefined && (
        <div className="alert alert-error" role="alert">
          <AlertIcon size={18} />
          <span>{error.message}</span>
        </div>
      )}
      {notice !== undefined && (
        <div className="alert alert-success" role="status">
          <CheckIcon size={18} />
          <span>{notice}</span>
        </div>
      )}
      {status === undefined ? (
        error === undefined && <p className="mfa-loading">Loading…</p>
      ) : view.kind === "setup" ? (
        <TotpSetupPanel
          onCancel={cancelSetup}
          onConfirmed={(codes) => {
            props.onFactorChanged();
            reload();
            if (codes.length > 0) {
              setView({ kind: "codes", codes });
            } else {
              setView({ kind: "status" });
              setNotice("Your new authenticator app is set up. Your recovery codes stay the same.");
            }
          }}
        />
      ) : view.kind === "codes" ? (
        <RecoveryCodesPanel
          email={props.email}
          codes={view.codes}
          onDone={() => setView({ kind: "status" })}
        />
      ) : (
        <div className="mfa-status">
          <div className="mfa-row">
            <div>
              <p className="mfa-row-title">Authenticator app</p>
              <p className="mfa-row-text">
                {status.totp !== null
                  ? `Set up ${new Date(status.totp.enabledAt).toLocaleDateString(undefined, { dateStyle: "medium" })}. You enter its 6-digit code after your password.`
                  : "Add a second step to sign-in: a 6-digit code from an app on your phone."}
              </p>
            </div>
            <div className="item-actions">
              {status.totp === null ? (
                <Button onClick={() => setView({ kind: "setup" })}>Set up</Button>
              ) : (
                <>
                  <Button variant="secondary" onClick={() => setView({ kind: "setup" })}>
                    Replace
                  </Button>
                  {!status.required && (
                    <Button variant="secondary" onClick={() => setConfirmRemove(true)}>
                      Remove
                    </Button>
                  )}
                </>
              )}
            </div>
          </div>
          {status.totp !== null && (
            <div className="mfa-row">
              <div>
                <p className="mfa-row-title">Recovery codes</p>
                <p className="mfa-row-text" data-testid="recovery-codes-left">
                  {status.recoveryCodesLeft === 1
                    ? "1 unused code left."
                    : `${status.recoveryCodesLeft} unused codes left.`}{" "}
                  Use one if you cannot get to your authenticator app.
                </p>
              </div>
              <div className="item-actions">
                <Button
                  variant="secondary"
                  busy={busy}
                  busyLabel="Creating…"
                  onClick={() =>
                    void run(async () => {
                      const { codes } = await regenerateRecoveryCodes();
                      reload();
                      setView({ kind: "codes", codes });
                    })
                  }
                >
                  New codes
                </Button>
              </div>
            </div>
          )}
          {status.required && (
            <p className="mfa-row-text">
              Your organization requires multi-factor authentication, so it cannot be turned off.
            </p>
          )}
        </div>
      )}
      <ConfirmDialog
        title="Remove your authenticator app?"
        open={confirmRemove}
        confirmLabel="Remove"
        busyLabel="Removing…"
        busy={busy}
        onCancel={() => setConfirmRemove(false)}
        onConfirm={() => {
          setConfirmRemove(false);
          void run(async () => {
            await removeTotp();
            reload();
            props.onFactorChanged();
            setNotice("Multi-factor authentication is off. Your recovery codes were deleted.");
          });
        }}
      >
        <p>
          Signing in will need only your password, and your recovery codes stop working. Your other
          devices are signed out.
        </p>
      </ConfirmDialog>
    </section>
  );
}
