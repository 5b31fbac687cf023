// Security → Multi-factor authentication: the authenticator app (set up, replace, remove where
// policy allows) and the recovery codes (how many are left, make a new set). Every change asks
// for a recent verification first and then carries on by itself.
import { useCallback, useEffect, useState } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { CheckIcon } from "../../../components/StatusIcons.tsx";
import { useErrorText } from "../../../lib/error-messages.ts";
import { type ApiError, apiErrorOf } from "../../../lib/http.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { getMfaStatus, regenerateRecoveryCodes, removeTotp, type MfaStatus } from "../api.ts";
import "../mfa.css";
import { mfaMessages as m } from "../messages.ts";
import { RecoveryCodesPanel } from "./RecoveryCodesPanel.tsx";
import { TotpSetupPanel } from "./TotpSetupPanel.tsx";

type View = { kind: "status" } | { kind: "setup" } | { kind: "codes"; codes: string[] };

export function MfaCard(props: { email: string; onFactorChanged: () => void }) {
  const intl = useIntl();
  const describeError = useErrorText();
  const [status, setStatus] = useState<MfaStatus | undefined>();
  const [view, setView] = useState<View>({ kind: "status" });
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [notice, setNotice] = useState<MessageDescriptor | undefined>();

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
          <FormattedMessage {...m.title} />
        </h2>
        {status !== undefined && (
          <p className="card-note">
            {enabled ? (
              <span className="badge badge-on">
                <CheckIcon size={14} /> <FormattedMessage {...m.on} />
              </span>
            ) : (
              <span className="badge">
                <FormattedMessage {...m.off} />
              </span>
            )}
          </p>
        )}
      </div>
      {error !== undefined && (
        <div className="alert alert-error" role="alert">
          <AlertIcon size={18} />
          <span>{describeError(error)}</span>
        </div>
      )}
      {notice !== undefined && (
        <div className="alert alert-success" role="status">
          <CheckIcon size={18} />
          <span>
            <FormattedMessage {...notice} />
          </span>
        </div>
      )}
      {status === undefined ? (
        error === undefined && (
          <p className="mfa-loading">
            <FormattedMessage {...m.loading} />
          </p>
        )
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
              setNotice(m.newAppSetUp);
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
              <p className="mfa-row-title">
                <FormattedMessage {...m.authenticatorApp} />
              </p>
              <p className="mfa-row-text">
                {status.totp !== null ? (
                  <FormattedMessage
                    {...m.setUpSince}
                    values={{
                      date: intl.formatDate(status.totp.enabledAt, { dateStyle: "medium" }),
                    }}
                  />
                ) : (
                  <FormattedMessage {...m.pitch} />
                )}
              </p>
            </div>
            <div className="item-actions">
              {status.totp === null ? (
                <Button onClick={() => setView({ kind: "setup" })}>
                  <FormattedMessage {...m.setUp} />
                </Button>
              ) : (
                <>
                  <Button variant="secondary" onClick={() => setView({ kind: "setup" })}>
                    <FormattedMessage {...m.replace} />
                  </Button>
                  {!status.required && (
                    <Button variant="secondary" onClick={() => setConfirmRemove(true)}>
                      <FormattedMessage {...m.remove} />
                    </Button>
                  )}
                </>
              )}
            </div>
          </div>
          {status.totp !== null && (
            <div className="mfa-row">
              <div>
                <p className="mfa-row-title">
                  <FormattedMessage {...m.recoveryCodes} />
                </p>
                <p className="mfa-row-text" data-testid="recovery-codes-left">
                  <FormattedMessage {...m.codesLeft} values={{ count: status.recoveryCodesLeft }} />
                </p>
              </div>
              <div className="item-actions">
                <Button
                  variant="secondary"
                  busy={busy}
                  busyLabel={intl.formatMessage(m.creating)}
                  onClick={() =>
                    void run(async () => {
                      const { codes } = await regenerateRecoveryCodes();
                      reload();
                      setView({ kind: "codes", codes });
                    })
                  }
                >
                  <FormattedMessage {...m.newCodes} />
                </Button>
              </div>
            </div>
          )}
          {status.required && (
            <p className="mfa-row-text">
              <FormattedMessage {...m.required} />
            </p>
          )}
        </div>
      )}
      <ConfirmDialog
        title={intl.formatMessage(m.removeTitle)}
        open={confirmRemove}
        confirmLabel={intl.formatMessage(m.remove)}
        busyLabel={intl.formatMessage(m.removing)}
        busy={busy}
        onCancel={() => setConfirmRemove(false)}
        onConfirm={() => {
          setConfirmRemove(false);
          void run(async () => {
            await removeTotp();
            reload();
            props.onFactorChanged();
            setNotice(m.turnedOff);
          });
        }}
      >
        <p>
          <FormattedMessage {...m.removeText} />
        </p>
      </ConfirmDialog>
    </section>
  );
}
