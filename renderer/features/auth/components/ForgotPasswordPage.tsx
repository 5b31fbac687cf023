// Forgot password: ask for a reset link. The answer is the same whether or not the address has
// an account, so the page never reveals who does.
import { useState, type FormEvent } from "react";
import { Button } from "../../../components/Button.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { Logo } from "../../../components/Logo.tsx";
import { CheckIcon } from "../../../components/StatusIcons.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { type ApiError, apiErrorOf } from "../../../lib/http.ts";
import { requestResetLink } from "../api.ts";

export function ForgotPasswordPage(props: { initialEmail: string; onBack: () => void }) {
  const [email, setEmail] = useState(props.initialEmail);
  const [problem, setProblem] = useState<string | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [sent, setSent] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = email.trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(trimmed)) {
      setProblem("Enter your company email address, like name@company.com.");
      return;
    }
    setProblem(undefined);
    setError(undefined);
    setBusy(true);
    try {
      setSent((await requestResetLink(trimmed)).message);
    } catch (caught) {
      setError(apiErrorOf(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-layout">
      <main className="login-card" aria-labelledby="forgot-title">
        <Logo />
        <h1 id="forgot-title" className="login-title">
          Reset your password
        </h1>
        {sent === undefined ? (
          <form className="login-form" onSubmit={(event) => void submit(event)} noValidate>
            <p className="login-subtitle">
              Enter your company email. We will send you a link to choose a new password.
            </p>
            {error !== undefined && (
              <div className="alert alert-error" role="alert">
                <AlertIcon size={18} />
                <span>{error.message}</span>
              </div>
            )}
            <TextField
              label="Company email"
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              autoFocus
              maxLength={254}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              error={problem}
            />
            <Button type="submit" busy={busy} busyLabel="Sending…" className="button-block">
              Send reset link
            </Button>
          </form>
        ) : (
          <div className="alert alert-success" role="status">
            <CheckIcon size={18} />
            <span>{sent}</span>
          </div>
        )}
        <div className="login-links">
          <button type="button" className="link-button" onClick={props.onBack}>
            Back to sign in
          </button>
        </div>
      </main>
    </div>
  );
}
