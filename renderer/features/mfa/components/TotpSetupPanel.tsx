// Setting up an authenticator app: scan the QR code (or type the key, grouped in fours), then
// confirm with the code the app shows — only then does the app count as a factor.
import { useEffect, useState, type FormEvent } from "react";
import { Button } from "../../../components/Button.tsx";
import { CopyButton } from "../../../components/CopyButton.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { codeProblem, OneTimeCodeField } from "../../../components/OneTimeCodeField.tsx";
import { type ApiError, apiErrorOf } from "../../../lib/http.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { confirmTotpSetup, startTotpSetup, type TotpSetup } from "../api.ts";

export function TotpSetupPanel(props: {
  onConfirmed: (recoveryCodes: string[]) => void;
  onCancel?: () => void;
}) {
  const [setup, setSetup] = useState<TotpSetup | undefined>();
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [code, setCode] = useState("");
  const [problem, setProblem] = useState<string | undefined>();
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
      : (codeProblem(code) ?? "The code has 6 digits.");
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
        setProblem(apiError.message);
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
        <span>{failure.message}</span>
      </div>
    );
  }
  if (setup === undefined) {
    return (
      <p className="mfa-loading" role="status">
        Preparing your QR code…
      </p>
    );
  }
  return (
    <form className="mfa-setup" onSubmit={(event) => void submit(event)} noValidate>
      <ol className="mfa-steps">
        <li>
          <h3 className="mfa-step-title">Scan this QR code with your authenticator app</h3>
          <p className="mfa-step-text">
            Use Google Authenticator, Microsoft Authenticator, 1Password or any app that supports
            time-based codes.
          </p>
          <div className="mfa-qr-row">
            <img
              className="mfa-qr"
              src={setup.qrCode}
              width={184}
              height={184}
              alt="QR code to add Gatehouse to your authenticator app"
            />
            <div className="mfa-manual">
              <p className="mfa-step-text">Can’t scan it? Enter this key in the app instead:</p>
              <div className="copy-value">
                <code data-testid="totp-secret">{groupKey(setup.secret)}</code>
                <CopyButton value={setup.secret} label="Copy key" />
              </div>
              <p className="mfa-step-hint">Time-based, 6 digits, every 30 seconds.</p>
            </div>
          </div>
        </li>
        <li>
          <h3 className="mfa-step-title">Enter the code the app shows</h3>
          <OneTimeCodeField value={code} onChange={setCode} error={problem} />
        </li>
      </ol>
      <div className="form-actions">
        {props.onCancel !== undefined && (
          <Button variant="secondary" onClick={props.onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" busy={busy} busyLabel="Checking…">
          Turn on
        </Button>
      </div>
    </form>
  );
}

/** The base32 key in groups of four, as people type it. */
export function groupKey(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}
