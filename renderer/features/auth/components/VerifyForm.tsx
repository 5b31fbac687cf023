// "Confirm it's you": the password, and for a user with MFA a code or recovery code too. Shared
// by the re-verification page and the recent-verification prompt before security changes.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { codeProblem, OneTimeCodeField } from "../../../components/OneTimeCodeField.tsx";
import { PasswordField } from "../../../components/PasswordField.tsx";
import { useErrorText, useProblemText, type Problem } from "../../../lib/error-messages.ts";
import { type ApiError, apiErrorOf } from "../../../lib/http.ts";
import { reverify, sessionIdentity } from "../api.ts";
import { authMessages as m } from "../messages.ts";

export function VerifyForm(props: {
  email: string | undefined;
  submitLabel: string;
  onVerified: () => Promise<void> | void;
  /** The session itself ended (signed out elsewhere, or locked): a full sign-in is needed. */
  onSessionEnded: () => void;
  secondaryAction?: ReactNode;
}) {
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [needsCode, setNeedsCode] = useState(false);
  const intl = useIntl();
  const describeError = useErrorText();
  const showProblem = useProblemText();
  const [problems, setProblems] = useState<{ password?: Problem; code?: Problem }>({});
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const [email, setEmail] = useState(props.email);
  const codeInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let current = true;
    // Ask up front whether a code is needed, so both fields show from the start.
    sessionIdentity()
      .then((identity) => {
        if (current) {
          setNeedsCode(identity.mfa);
          setEmail((known) => known ?? identity.email);
        }
      })
      .catch(() => undefined); // the form still works: the server asks for the code if needed
    return () => {
      current = false;
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const codeIssue = needsCode ? codeProblem(code) : undefined;
    const local = {
      ...(password === "" ? { password: m.enterPassword } : {}),
      ...(codeIssue === undefined ? {} : { code: codeIssue }),
    };
    setProblems(local);
    if (Object.keys(local).length > 0) {
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await reverify(password, needsCode ? code : undefined);
      setPassword("");
      setCode("");
      await props.onVerified();
    } catch (caught) {
      const apiError = apiErrorOf(caught);
      setCode("");
      if (apiError.code === "MFA_REQUIRED") {
        setNeedsCode(true);
        codeInput.current?.focus();
      } else if (apiError.code === "CURRENT_PASSWORD_INCORRECT") {
        setPassword("");
        setProblems({ password: apiError });
      } else if (apiError.field === "code") {
        setProblems({ code: apiError });
      } else if (apiError.code === "AUTH_REQUIRED") {
        props.onSessionEnded();
      } else {
        setPassword("");
        setError(apiError);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="login-form" onSubmit={(event) => void submit(event)} noValidate>
      {error !== undefined && (
        <div className="alert alert-error" role="alert">
          <AlertIcon size={18} />
          <span>{describeError(error)}</span>
        </div>
      )}
      {email !== undefined && (
        <div className="identity-chip">
          <span className="identity-chip-email" translate="no" dir="ltr">
            {email}
          </span>
        </div>
      )}
      <PasswordField
        label={intl.formatMessage(m.password)}
        name="password"
        autoComplete="current-password"
        autoFocus
        maxLength={1024}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={showProblem(problems.password)}
      />
      {needsCode && (
        <OneTimeCodeField
          ref={codeInput}
          value={code}
          onChange={setCode}
          error={showProblem(problems.code)}
          allowRecovery
        />
      )}
      {props.secondaryAction === undefined ? (
        <Button
          type="submit"
          busy={busy}
          busyLabel={intl.formatMessage(m.checking)}
          className="button-block"
        >
          {props.submitLabel}
        </Button>
      ) : (
        <div className="form-actions form-actions-end">
          {props.secondaryAction}
          <Button type="submit" busy={busy} busyLabel={intl.formatMessage(m.checking)}>
            {props.submitLabel}
          </Button>
        </div>
      )}
    </form>
  );
}
