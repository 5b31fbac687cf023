// Enrollment at sign-in when the organization requires MFA (docs/design.md §1.1): the user sets up
// an authenticator app before the portal opens — or, within the grace period, skips for now and
// sees until when they may.
import { useCallback, useState } from "react";
import { Button } from "../../../components/Button.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { Logo } from "../../../components/Logo.tsx";
import { ShieldIcon } from "../../../components/Icons.tsx";
import { type ApiError, apiErrorOf } from "../../../lib/http.ts";
import type { Me } from "../../../lib/types.ts";
import { skipEnrollment } from "../api.ts";
import "../mfa.css";
import { RecoveryCodesPanel } from "./RecoveryCodesPanel.tsx";
import { TotpSetupPanel } from "./TotpSetupPanel.tsx";

export function MfaEnrollmentPage(props: {
  me: Me;
  onEnrolled: () => void;
  onSkipped: () => void;
  onSignOut: () => void;
}) {
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
          {codes === undefined ? "Set up multi-factor authentication" : "Save your recovery codes"}
        </h1>
        {codes === undefined && (
          <div className="alert alert-info">
            <ShieldIcon size={18} />
            <span>
              {enrollment === null || enrollment.required
                ? "Your organization requires a second step at sign-in. Set up an authenticator app to continue to the portal."
                : `Your organization requires a second step at sign-in. Set it up now, or by ${formatDate(enrollment.deadline)} at the latest.`}
            </span>
          </div>
        )}
        {error !== undefined && (
          <div className="alert alert-error" role="alert">
            <AlertIcon size={18} />
            <span>{error.message}</span>
          </div>
        )}
        {codes === undefined ? (
          <TotpSetupPanel onConfirmed={onConfirmed} />
        ) : (
          <RecoveryCodesPanel email={props.me.email} codes={codes} onDone={props.onEnrolled} />
        )}
        {codes === undefined && enrollment !== null && !enrollment.required && (
          <Button variant="quiet" busy={busy} busyLabel="Skipping…" onClick={() => void skip()}>
            Skip for now
          </Button>
        )}
      </main>
      <p className="login-footer">
        {codes === undefined ? "Not now?" : "Not you?"}{" "}
        <button type="button" className="link-button" onClick={props.onSignOut}>
          Sign out
        </button>
      </p>
    </div>
  );
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { dateStyle: "long" });
}
