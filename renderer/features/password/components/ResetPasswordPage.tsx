// The page a reset link opens (/reset-password#token=…): the link is checked first, so a used,
// expired or bogus one says so at once and offers a new one; then a new password that meets
// the policy, and — when the account has MFA — a code or recovery code before it takes effect.
// The token travels in the fragment, so it never reaches server logs or Referer headers.
import { useEffect, useState, type FormEvent } from "react";
import { Button } from "../../../components/Button.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { Logo } from "../../../components/Logo.tsx";
import { codeProblem, OneTimeCodeField } from "../../../components/OneTimeCodeField.tsx";
import { CheckIcon, InfoIcon } from "../../../components/StatusIcons.tsx";
import { type ApiError, apiErrorOf } from "../../../lib/http.ts";
import { checkResetLink, resetPassword } from "../api.ts";
import { usePasswordRules } from "../use-password-rules.ts";
import { newPasswordProblems } from "../new-password.ts";
import { NewPasswordFields } from "./NewPasswordFields.tsx";

export function readResetToken(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, "")).get("token");
  return token === null || token === "" ? undefined : token;
}

type LinkState = "checking" | "valid" | { invalid: string };

export function ResetPasswordPage(props: {
  token: string | undefined;
  onDone: () => void;
  onRequestNewLink: () => void;
}) {
  const { token } = props;
  const [link, setLink] = useState<LinkState>(() =>
    token === undefined
      ? {
          invalid:
            "This reset link is incomplete. Open the link from the email again, or ask for a new one.",
        }
      : "checking",
  );
  const [password, setPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [problems, setProblems] = useState<{
    password?: string;
    confirmation?: string;
    code?: string;
  }>({});
  const [needsCode, setNeedsCode] = useState(false);
  const [code, setCode] = useState("");
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const rules = usePasswordRules(password, props.token);

  useEffect(() => {
    if (token === undefined) {
      return;
    }
    let current = true;
    checkResetLink(token).then(
      () => current && setLink("valid"),
      (caught: unknown) => current && setLink({ invalid: apiErrorOf(caught).message }),
    );
    return () => {
      current = false;
    };
  }, [token]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = newPasswordProblems(password, confirmation, rules);
    const codeIssue = needsCode ? codeProblem(code) : undefined;
    if (local !== undefined || codeIssue !== undefined || props.token === undefined) {
      setProblems({ ...local, ...(codeIssue === undefined ? {} : { code: codeIssue }) });
      return;
    }
    setBusy(true);
    setError(undefined);
    setProblems({});
    try {
      await resetPassword(props.token, password, needsCode ? code : undefined);
      setDone(true);
    } catch (caught) {
      const apiError = apiErrorOf(caught);
      if (apiError.code === "RESET_LINK_INVALID") {
        setLink({ invalid: apiError.message }); // used meanwhile, or expired while typing
      } else if (apiError.code === "MFA_REQUIRED") {
        setNeedsCode(true); // the password is kept; the code finishes the reset
      } else if (apiError.field === "code") {
        setCode("");
        setProblems({ code: apiError.message });
      } else if (apiError.field === "newPassword") {
        setProblems({ password: apiError.message });
      } else {
        setError(apiError);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-layout">
      <main className="login-card" aria-labelledby="reset-title">
        <Logo />
        <h1 id="reset-title" className="login-title">
          {done
            ? "Your password was reset"
            : typeof link === "object"
              ? "This link no longer works"
              : "Choose a new password"}
        </h1>
        {done ? (
          <>
            <div className="alert alert-success" role="status">
              <CheckIcon size={18} />
              <span>Every session was signed out. Sign in with your new password.</span>
            </div>
            <Button className="button-block" onClick={props.onDone}>
              Go to sign in
            </Button>
          </>
        ) : link === "checking" ? (
          <p className="login-subtitle" role="status">
            Checking your reset link…
          </p>
        ) : link !== "valid" ? (
          <>
            <div className="alert alert-error" role="alert">
              <AlertIcon size={18} />
              <span>{link.invalid}</span>
            </div>
            <div className="login-form">
              <Button className="button-block" onClick={props.onRequestNewLink}>
                Send a new link
              </Button>
              <Button variant="secondary" className="button-block" onClick={props.onDone}>
                Back to sign in
              </Button>
            </div>
          </>
        ) : (
          <form className="login-form" onSubmit={(event) => void submit(event)} noValidate>
            {error !== undefined && (
              <div className="alert alert-error" role="alert">
                <AlertIcon size={18} />
                <span>{error.message}</span>
              </div>
            )}
            <NewPasswordFields
              password={password}
              confirmation={confirmation}
              onPasswordChange={setPassword}
              onConfirmationChange={setConfirmation}
              rules={rules}
              passwordError={problems.password}
              confirmationError={problems.confirmation}
            />
            {needsCode && (
              <>
                <div className="alert alert-info" role="status">
                  <InfoIcon size={18} />
                  <span>
                    Your account uses an authenticator app. Enter its code (or a recovery code) to
                    finish the reset.
                  </span>
                </div>
                <OneTimeCodeField
                  value={code}
                  onChange={setCode}
                  error={problems.code}
                  allowRecovery
                  autoFocus
                />
              </>
            )}
            <Button type="submit" busy={busy} busyLabel="Saving…" className="button-block">
              Reset password
            </Button>
          </form>
        )}
      </main>
    </div>
  );
}
