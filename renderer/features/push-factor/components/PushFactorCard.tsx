// Security → Sign-in approval on your desktop app (issue 17): shown when the policy allows push
// and one of the user's computers can approve; on or off, on which computers, and turning it off
// (confirmed, after a recent verification) or on again — unless the policy requires it.
import { useCallback, useEffect, useState } from "react";
import { FormattedList, FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { CheckIcon } from "../../../components/StatusIcons.tsx";
import { useErrorText } from "../../../lib/error-messages.ts";
import { type ApiError, apiErrorOf } from "../../../lib/http.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { getPushFactor, turnPushOff, turnPushOn, type PushFactorView } from "../api.ts";
import { pushFactorMessages as m } from "../messages.ts";

export function PushFactorCard(props: { onFactorChanged: () => void }) {
  const intl = useIntl();
  const describeError = useErrorText();
  const [factor, setFactor] = useState<PushFactorView | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const [confirmOff, setConfirmOff] = useState(false);

  const reload = useCallback(() => {
    getPushFactor().then(setFactor, (failure: unknown) => setError(apiErrorOf(failure)));
  }, []);
  useEffect(reload, [reload]);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await withRecentVerification(action);
      reload();
      props.onFactorChanged();
    } catch (failure) {
      if (apiErrorOf(failure).code !== "VERIFICATION_CANCELLED") {
        setError(apiErrorOf(failure));
      }
    } finally {
      setBusy(false);
    }
  };

  if (factor === undefined || !factor.available) {
    return null;
  }
  return (
    <section className="card" aria-labelledby="section-push">
      <div className="card-header">
        <h2 id="section-push" className="card-title">
          <FormattedMessage {...m.title} />
        </h2>
        <p className="card-note">
          {factor.on ? (
            <span className="badge badge-on">
              <CheckIcon size={14} /> <FormattedMessage {...m.on} />
            </span>
          ) : (
            <span className="badge">
              <FormattedMessage {...m.off} />
            </span>
          )}
        </p>
      </div>
      {error !== undefined && (
        <div className="alert alert-error" role="alert">
          <AlertIcon size={18} />
          <span>{describeError(error)}</span>
        </div>
      )}
      <div className="mfa-status">
        <div className="mfa-row">
          <div>
            <p className="mfa-row-text">
              {factor.on ? (
                <FormattedMessage
                  {...m.explainOn}
                  values={{
                    devices: (
                      <span translate="no" key="devices">
                        <FormattedList type="conjunction" value={factor.devices} />
                      </span>
                    ),
                  }}
                />
              ) : (
                <FormattedMessage {...m.explainOff} />
              )}
            </p>
          </div>
          <div className="item-actions">
            {factor.required ? null : factor.on ? (
              <Button variant="secondary" onClick={() => setConfirmOff(true)}>
                <FormattedMessage {...m.turnOff} />
              </Button>
            ) : (
              <Button
                busy={busy}
                busyLabel={intl.formatMessage(m.turningOn)}
                onClick={() => void run(turnPushOn)}
              >
                <FormattedMessage {...m.turnOn} />
              </Button>
            )}
          </div>
        </div>
        {factor.required && (
          <p className="mfa-row-text">
            <FormattedMessage {...m.required} />
          </p>
        )}
      </div>
      <ConfirmDialog
        title={intl.formatMessage(m.confirmTitle)}
        open={confirmOff}
        confirmLabel={intl.formatMessage(m.turnOff)}
        busyLabel={intl.formatMessage(m.turningOff)}
        busy={busy}
        onCancel={() => setConfirmOff(false)}
        onConfirm={() => {
          setConfirmOff(false);
          void run(turnPushOff);
        }}
      >
        <p>
          <FormattedMessage {...m.confirmText} />
        </p>
      </ConfirmDialog>
    </section>
  );
}
