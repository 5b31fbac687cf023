// Re-verification (DESIGN.md §5): after 12 hours, or after a while idle, the portal asks for
// the password again — not for a whole new sign-in — and carries on where the user was.
import { useState, type FormEvent } from "react";
import { Button } from "../../../components/Button.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { Logo } from "../../../components/Logo.tsx";
import { LockIcon } from "../../../components/StatusIcons.tsx";
import { TextField } from "../../../components/TextField.tsx";
import type { ApiError } from "../../../lib/http.ts";
import { reverify } from "../api.ts";
import { describeSignInError } from "../lock-message.ts";

export function ReverifyPage(props: {
  email: string | undefined;
  onVerified: () => Promise<void>;
  onSignOut: () => void;
}) {
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<string | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password === "") {
      setProblem("Enter your password.");
      return;
    }
    setProblem(undefined);
    setError(undefined);
    setBusy(true);
    try {
      await reverify(password);
      await props.onVerified();
    } catch (caught) {
      const apiError = caught as ApiError;
      setPassword("");
      if (apiError.code === "CURRENT_PASSWORD_INCORRECT") {
        setProblem(apiError.message);
      } else if (apiError.code === "AUTH_REQUIRED") {
        props.onSignOut(); // the session itself ended: a full sign-in is needed
      } else {
        setError(apiError);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-layout">
      <main className="login-card" aria-labelledby="reverify-title">
        <Logo />
        <h1 id="reverify-title" className="login-title">
          Confirm it’s you
        </h1>
        <div className="alert alert-info">
          <LockIcon size={18} />
          <span>
            For your security, Gatehouse asks for your password again every so often and after you
            have been away. You stay where you were.
          </span>
        </div>
        {error !== undefined && (
          <div className="alert alert-error" role="alert">
            <AlertIcon size={18} />
            <span>{describeSignInError(error)}</span>
          </div>
        )}
        <form className="login-form" onSubmit={(event) => void submit(event)} noValidate>
          {props.email !== undefined && (
            <div className="identity-chip">
              <span className="identity-chip-email">{props.email}</span>
            </div>
          )}
          <TextField
            label="Password"
            type="password"
            name="password"
            autoComplete="current-password"
            autoFocus
            maxLength={1024}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={problem}
          />
          <Button type="submit" busy={busy} busyLabel="Checking…" className="button-block">
            Continue
          </Button>
        </form>
      </main>
      <p className="login-footer">
        Not you?{" "}
        <button type="button" className="link-button" onClick={props.onSignOut}>
          Sign out
        </button>
      </p>
    </div>
  );
}
