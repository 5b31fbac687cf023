// Setting up an authenticator app: scan the QR code (or type the key, grouped in fours), then
// confirm with the code the app shows — only then does the app count as a factor.
import { useEffect, useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { CopyButton } from "../../../components/CopyButton.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { commonMessages } from "../../../components/messages.ts";
import { codeProblem, OneTimeCodeField } from "../../../components/OneTimeCodeField.tsx";
import { useErrorText, useProblemText, type Problem } from "../../../lib/error-messages.ts";
import { type ApiError, apiErrorOf } from "../../../lib/http.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { confirmTotpSetup, startTotpSetup, type TotpSetup } from "../api.ts";
import { mfaMessages as m } from "../messages.ts";

export function TotpSetupPanel(props: {
  onConfirmed: (recoveryCodes: string[]) => void;
  onCancel?: () => void;
}) {
  const intl = useIntl();
  const describeError = useErrorText();
  const showProblem = useProblemText();
  const [setup, setSetup] = useState<TotpSetup | undefined>();
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [code, setCode] = useState("");
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);
  const { onCancel } = props;

  useEffect(() => {
    let current = true;
    withRecentVerification(startTotpSetup).then(
      (value) => current && setSetup(value),
      (error: unknown) => {
        if (!current) {
          return;
        }
        if (apiErrorOf(error).code === "VERIFICATION_CANCELLED" && onCancel !== undefined) {
          onCancel();
        } else {
          setFailure(apiErrorOf(error));
        }
      },
    );
    return () => {
      current = false;
    };
  }, [onCancel]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = /^\d{6}$/.test(code.replace(/\s/g, ""))
      ? undefined
      : (codeProblem(code) ?? commonMessages.codeHasSixDigits);
    setProblem(local);
    if (local !== undefined) {
      return;
    }
    setBusy(true);
    try {
      const { codes } = await withRecentVerification(() => confirmTotpSetup(code));
      props.onConfirmed(codes);
    } catch (error) {
      const apiError = apiErrorOf(error);
      setCode("");
      if (apiError.field === "code") {
        setProblem(apiError);
      } else {
        setFailure(apiError);
      }
    } finally {
      setBusy(false);
    }
  };

  if (failure !== undefined) {
    return (
      <div className="alert alert-error" role="alert">
        <AlertIcon size={18} />
        <span>{describeError(failure)}</span>
      </div>
    );
  }
  if (setup === undefined) {
    return (
      <p className="mfa-loading" role="status">
        <FormattedMessage {...m.preparing} />
      </p>
    );
  }
  return (
    <form className="mfa-setup" onSubmit={(event) => void submit(event)} noValidate>
      <ol className="mfa-steps">
        <li>
          <h3 className="mfa-step-title">
            <FormattedMessage {...m.scanTitle} />
          </h3>
          <p className="mfa-step-text">
            <FormattedMessage {...m.scanText} />
          </p>
          <div className="mfa-qr-row">
            <img
              className="mfa-qr"
              src={setup.qrCode}
              width={184}
              height={184}
              alt={intl.formatMessage(m.qrAlt)}
            />
            <div className="mfa-manual">
              <p className="mfa-step-text">
                <FormattedMessage {...m.cantScan} />
              </p>
              <div className="copy-value">
                <code data-testid="totp-secret" translate="no" dir="ltr">
                  {groupKey(setup.secret)}
                </code>
                <CopyButton value={setup.secret} label={intl.formatMessage(m.copyKey)} />
              </div>
              <p className="mfa-step-hint">
                <FormattedMessage {...m.keyHint} />
              </p>
            </div>
          </div>
        </li>
        <li>
          <h3 className="mfa-step-title">
            <FormattedMessage {...m.enterCodeTitle} />
          </h3>
          <OneTimeCodeField value={code} onChange={setCode} error={showProblem(problem)} />
        </li>
      </ol>
      <div className="form-actions">
        {props.onCancel !== undefined && (
          <Button variant="secondary" onClick={props.onCancel}>
            <FormattedMessage {...commonMessages.cancel} />
          </Button>
        )}
        <Button type="submit" busy={busy} busyLabel={intl.formatMessage(m.checking)}>
          <FormattedMessage {...m.turnOn} />
        </Button>
      </div>
    </form>
  );
}

/** The base32 key in groups of four, as people type it. */
export function groupKey(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}
