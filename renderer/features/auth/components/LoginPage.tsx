// Identifier first: company email → Continue → password → Log in (docs/design.md §1.1) → for a user
// with MFA, a 6-digit code or a recovery code, or approval on their desktop app (PushStep.tsx);
// with the User portal / Admin portal switch and the way to a password reset.
import { lazy, Suspense, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { LoadFailureBoundary } from "../../../components/LoadFailureBoundary.tsx";
import { Logo } from "../../../components/Logo.tsx";
import { PasswordField } from "../../../components/PasswordField.tsx";
import { InfoIcon } from "../../../components/StatusIcons.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { useErrorText } from "../../../lib/error-messages.ts";
import type { SignOutNotice } from "../../../stores/session.ts";
import type { Portal } from "../api.ts";
import { authMessages as m } from "../messages.ts";
import { useLogin } from "../store.ts";
import { CodeStep } from "./CodeStep.tsx";

// Shown only when the account approves sign-ins on its desktop app: downloaded when needed, which
// keeps it out of the sign-in page's JavaScript budget (scripts/initial-javascript.ts).
const PushStep = lazy(async () => ({ default: (await import("./PushStep.tsx")).PushStep }));

export function LoginPage(props: {
  /** Why the user is here again (signed out elsewhere), shown until they sign in. */
  notice?: SignOutNotice | undefined;
  /** Told which portal the person signed in through (the admin portal opens the console). */
  onSignedIn: (portal: Portal) => Promise<void>;
  onForgotPassword: () => void;
  /** Device login's button, offered at the email step of the user portal. */
  deviceLogin?: ReactNode;
}) {
  const { onSignedIn } = props;
  const describeError = useErrorText();
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
    push,
    waitForApproval,
    sendAnotherRequest,
    chooseCode,
  } = useLogin();

  return (
    <div className="login-layout">
      <main className="login-card" aria-labelledby="login-title">
        <Logo />
        <PortalSwitch portal={portal} onChange={choosePortal} />
        <h1 id="login-title" className="login-title">
          <FormattedMessage {...(portal === "admin" ? m.titleAdmin : m.titleUser)} />
        </h1>
        {props.notice !== undefined && error === undefined && (
          <div className="alert alert-info" role="status">
            <InfoIcon size={18} />
            <span>
              <FormattedMessage
                {...(props.notice === "locked-after-report"
                  ? m.lockedAfterReport
                  : m.signedOutElsewhere)}
              />
            </span>
          </div>
        )}
        {error !== undefined && (
          <div className="alert alert-error" role="alert">
            <AlertIcon size={18} />
            <span>{describeError(error)}</span>
          </div>
        )}
        {step === "email" && portal === "user" && props.deviceLogin}
        {step === "push" && push !== undefined ? (
          <LoadFailureBoundary>
            <Suspense fallback={null}>
              <PushStep
                email={email}
                prompt={push}
                busy={busy}
                waitForApproval={waitForApproval}
                onSignedIn={() => onSignedIn(portal)}
                onSendAnother={() => void sendAnotherRequest()}
                onUseCode={() => void chooseCode()}
                onCancel={changeEmail}
              />
            </Suspense>
          </LoadFailureBoundary>
        ) : step === "mfa" ? (
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
            fieldError={error?.field === "email" ? describeError(error) : undefined}
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
      <p className="login-footer">
        <FormattedMessage {...m.help} />
      </p>
    </div>
  );
}

function PortalSwitch(props: { portal: Portal; onChange: (portal: Portal) => void }) {
  const intl = useIntl();
  const options: { value: Portal; label: MessageDescriptor }[] = [
    { value: "user", label: m.userPortal },
    { value: "admin", label: m.adminPortal },
  ];
  return (
    <div
      className="portal-switch"
      role="radiogroup"
      aria-label={intl.formatMessage(m.portalSwitchLabel)}
    >
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          role="radio"
          className="portal-switch-option"
          aria-checked={props.portal === option.value}
          onClick={() => props.onChange(option.value)}
        >
          <FormattedMessage {...option.label} />
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
  const intl = useIntl();
  const [email, setEmail] = useState(props.initialEmail);
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = email.trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(trimmed)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    props.onSubmit(trimmed);
  };

  return (
    <form className="login-form" onSubmit={submit} noValidate>
      <p className="login-subtitle">
        <FormattedMessage {...m.emailPrompt} />
      </p>
      <TextField
        label={intl.formatMessage(m.companyEmail)}
        type="email"
        name="email"
        autoComplete="username"
        inputMode="email"
        autoFocus
        maxLength={254}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={invalid ? intl.formatMessage(m.emailInvalid) : props.fieldError}
      />
      <Button
        type="submit"
        busy={props.busy}
        busyLabel={intl.formatMessage(m.checking)}
        className="button-block"
      >
        <FormattedMessage {...m.continue} />
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
  const intl = useIntl();
  const [password, setPassword] = useState("");
  const [empty, setEmpty] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (props.failed) {
      setPassword("");
      input.current?.focus();
    }
  }, [props.failed]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setEmpty(password === "");
    if (password !== "") {
      void props.onSubmit(password);
    }
  };

  return (
    <form className="login-form" onSubmit={submit} noValidate>
      <div className="identity-chip">
        <span className="identity-chip-email" translate="no" dir="ltr">
          {props.email}
        </span>
        <button type="button" className="link-button" onClick={props.onChangeEmail}>
          <FormattedMessage {...m.change} />
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
        label={intl.formatMessage(m.password)}
        name="password"
        autoComplete="current-password"
        autoFocus
        maxLength={1024}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={empty ? intl.formatMessage(m.enterPassword) : undefined}
      />
      <Button
        type="submit"
        busy={props.busy}
        busyLabel={intl.formatMessage(m.signingIn)}
        className="button-block"
      >
        <FormattedMessage {...m.logIn} />
      </Button>
      <div className="login-links">
        <button type="button" className="link-button" onClick={props.onForgotPassword}>
          <FormattedMessage {...m.forgotPassword} />
        </button>
      </div>
    </form>
  );
}
