// Identifier first: company email → Continue → password → Log in (docs/design.md §1.1) → for a user
// with MFA, a 6-digit code or a recovery code; with the User portal / Admin portal switch and the
// way to a password reset.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "../../../components/Button.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { Logo } from "../../../components/Logo.tsx";
import { codeProblem, OneTimeCodeField } from "../../../components/OneTimeCodeField.tsx";
import { PasswordField } from "../../../components/PasswordField.tsx";
import { InfoIcon } from "../../../components/StatusIcons.tsx";
import { TextField } from "../../../components/TextField.tsx";
import type { Portal } from "../api.ts";
import { describeSignInError } from "../lock-message.ts";
import { useLogin } from "../store.ts";

export function LoginPage(props: {
  /** Why the user is here again (signed out elsewhere), shown until they sign in. */
  notice?: string | undefined;
  /** Told which portal the person signed in through (the admin portal opens the console). */
  onSignedIn: (portal: Portal) => Promise<void>;
  onForgotPassword: () => void;
  /** Device login's button, offered at the email step of the user portal. */
  deviceLogin?: ReactNode;
}) {
  const { onSignedIn } = props;
  const {
    portal,
    step,
    email,
    busy,
    error,
    choosePortal,
    continueWithEmail,
    logIn,
    submitCode,
    changeEmail,
  } = useLogin();

  return (
    <div className="login-layout">
      <main className="login-card" aria-labelledby="login-title">
        <Logo />
        <PortalSwitch portal={portal} onChange={choosePortal} />
        <h1 id="login-title" className="login-title">
          {portal === "admin" ? "Sign in to the admin portal" : "Sign in to your organization"}
        </h1>
        {props.notice !== undefined && error === undefined && (
          <div className="alert alert-info" role="status">
            <InfoIcon size={18} />
            <span>{props.notice}</span>
          </div>
        )}
        {error !== undefined && (
          <div className="alert alert-error" role="alert">
            <AlertIcon size={18} />
            <span>{describeSignInError(error)}</span>
          </div>
        )}
        {step === "email" && portal === "user" && props.deviceLogin}
        {step === "mfa" ? (
          <CodeStep
            email={email}
            busy={busy}
            failed={error !== undefined}
            onCancel={changeEmail}
            onSubmit={async (code) => {
              if (await submitCode(code)) {
                await onSignedIn(portal);
              }
            }}
          />
        ) : step === "email" ? (
          <EmailStep
            initialEmail={email}
            busy={busy}
            fieldError={error?.field === "email" ? error.message : undefined}
            onSubmit={(value) => void continueWithEmail(value)}
          />
        ) : (
          <PasswordStep
            email={email}
            busy={busy}
            failed={error !== undefined}
            onChangeEmail={changeEmail}
            onForgotPassword={props.onForgotPassword}
            onSubmit={async (password) => {
              if (await logIn(password)) {
                await onSignedIn(portal);
              }
            }}
          />
        )}
      </main>
      <p className="login-footer">Need help signing in? Contact your IT administrator.</p>
    </div>
  );
}

function PortalSwitch(props: { portal: Portal; onChange: (portal: Portal) => void }) {
  const options: { value: Portal; label: string }[] = [
    { value: "user", label: "User portal" },
    { value: "admin", label: "Admin portal" },
  ];
  return (
    <div className="portal-switch" role="radiogroup" aria-label="Sign in to">
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          role="radio"
          className="portal-switch-option"
          aria-checked={props.portal === option.value}
          onClick={() => props.onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

function EmailStep(props: {
  initialEmail: string;
  busy: boolean;
  fieldError: string | undefined;
  onSubmit: (email: string) => void;
}) {
  const [email, setEmail] = useState(props.initialEmail);
  const [problem, setProblem] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = email.trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(trimmed)) {
      setProblem("Enter your company email address, like name@company.com.");
      return;
    }
    setProblem(undefined);
    props.onSubmit(trimmed);
  };

  return (
    <form className="login-form" onSubmit={submit} noValidate>
      <p className="login-subtitle">Enter your company email to continue.</p>
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
        error={problem ?? props.fieldError}
      />
      <Button type="submit" busy={props.busy} busyLabel="Checking…" className="button-block">
        Continue
      </Button>
    </form>
  );
}

function PasswordStep(props: {
  email: string;
  busy: boolean;
  failed: boolean;
  onChangeEmail: () => void;
  onForgotPassword: () => void;
  onSubmit: (password: string) => Promise<void>;
}) {
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (props.failed) {
      setPassword("");
      input.current?.focus();
    }
  }, [props.failed]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password === "") {
      setProblem("Enter your password.");
      return;
    }
    setProblem(undefined);
    void props.onSubmit(password);
  };

  return (
    <form className="login-form" onSubmit={submit} noValidate>
      <div className="identity-chip">
        <span className="identity-chip-email">{props.email}</span>
        <button type="button" className="link-button" onClick={props.onChangeEmail}>
          Change
        </button>
      </div>
      {/* Lets password managers pair the password with the account. */}
      <input
        type="email"
        name="email"
        autoComplete="username"
        value={props.email}
        readOnly
        hidden
      />
      <PasswordField
        ref={input}
        label="Password"
        name="password"
        autoComplete="current-password"
        autoFocus
        maxLength={1024}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={problem}
      />
      <Button type="submit" busy={props.busy} busyLabel="Signing in…" className="button-block">
        Log in
      </Button>
      <div className="login-links">
        <button type="button" className="link-button" onClick={props.onForgotPassword}>
          Forgot password?
        </button>
      </div>
    </form>
  );
}

function CodeStep(props: {
  email: string;
  busy: boolean;
  failed: boolean;
  onCancel: () => void;
  onSubmit: (code: string) => Promise<void>;
}) {
  const [code, setCode] = useState("");
  const [problem, setProblem] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (props.failed) {
      setCode("");
      input.current?.focus();
    }
  }, [props.failed]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local = codeProblem(code);
    setProblem(local);
    if (local === undefined) {
      void props.onSubmit(code);
    }
  };

  return (
    <form className="login-form" onSubmit={submit} noValidate>
      <div className="identity-chip">
        <span className="identity-chip-email">{props.email}</span>
      </div>
      <p className="login-subtitle">
        Open your authenticator app and enter the code it shows for Gatehouse.
      </p>
      <OneTimeCodeField
        ref={input}
        value={code}
        onChange={setCode}
        error={problem}
        allowRecovery
        autoFocus
      />
      <Button type="submit" busy={props.busy} busyLabel="Verifying…" className="button-block">
        Verify
      </Button>
      <div className="login-links">
        <button type="button" className="link-button" onClick={props.onCancel}>
          Sign in as someone else
        </button>
      </div>
    </form>
  );
}
