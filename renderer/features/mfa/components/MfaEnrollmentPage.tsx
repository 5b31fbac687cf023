// Enrollment at sign-in when the organization requires MFA (docs/design.md §1.1): the user sets up an
// authenticator app before the portal opens — or, within the grace period, skips for now and
// sees until when they may.
import { useCallback, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { Logo } from "../../../components/Logo.tsx";
import { ShieldIcon } from "../../../components/Icons.tsx";
import { useErrorText } from "../../../lib/error-messages.ts";
import { type ApiError, apiErrorOf } from "../../../lib/http.ts";
import type { Me } from "../../../lib/types.ts";
import { skipEnrollment } from "../api.ts";
import "../mfa.css";
import { mfaMessages as m } from "../messages.ts";
import { RecoveryCodesPanel } from "./RecoveryCodesPanel.tsx";
import { TotpSetupPanel } from "./TotpSetupPanel.tsx";

export function MfaEnrollmentPage(props: {
  me: Me;
  onEnrolled: () => void;
  onSkipped: () => void;
  onSignOut: () => void;
}) {
  const intl = useIntl();
  const describeError = useErrorText();
  const enrollment = props.me.mfaEnrollment;
  const [codes, setCodes] = useState<string[] | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const onConfirmed = useCallback((recoveryCodes: string[]) => setCodes(recoveryCodes), []);

  const skip = async () => {
    setBusy(true);
    try {
      await skipEnrollment();
      props.onSkipped();
    } catch (failure) {
      setError(apiErrorOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-layout">
      <main className="login-card enrollment-card" aria-labelledby="enroll-title">
        <Logo />
        <h1 id="enroll-title" className="login-title">
          <FormattedMessage {...(codes === undefined ? m.enrollTitle : m.saveCodesTitle)} />
        </h1>
        {codes === undefined && (
          <div className="alert alert-info">
            <ShieldIcon size={18} />
            <span>
              {enrollment === null || enrollment.required ? (
                <FormattedMessage {...m.enrollRequired} />
              ) : (
                <FormattedMessage
                  {...m.enrollByDate}
                  values={{ date: intl.formatDate(enrollment.deadline, { dateStyle: "long" }) }}
                />
              )}
            </span>
          </div>
        )}
        {error !== undefined && (
          <div className="alert alert-error" role="alert">
            <AlertIcon size={18} />
            <span>{describeError(error)}</span>
          </div>
        )}
        {codes === undefined ? (
          <TotpSetupPanel onConfirmed={onConfirmed} />
        ) : (
          <RecoveryCodesPanel email={props.me.email} codes={codes} onDone={props.onEnrolled} />
        )}
        {codes === undefined && enrollment !== null && !enrollment.required && (
          <Button
            variant="quiet"
            busy={busy}
            busyLabel={intl.formatMessage(m.skipping)}
            onClick={() => void skip()}
          >
            <FormattedMessage {...m.skip} />
          </Button>
        )}
      </main>
      <p className="login-footer">
        <FormattedMessage
          {...(codes === undefined ? m.notNow : m.notYou)}
          values={{
            button: (label) => (
              <button type="button" className="link-button" onClick={props.onSignOut}>
                {label}
              </button>
            ),
          }}
        />
      </p>
    </div>
  );
}
