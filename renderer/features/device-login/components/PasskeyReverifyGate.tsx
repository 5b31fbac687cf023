// Re-verification with Touch ID / Windows Hello only (docs/design.md §1.1): when this user has
// device login here, the prompt asks for the authenticator, not the whole login; the password form
// is the fallback a click away.
import { useEffect, useState, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { LogoMark } from "../../../components/Logo.tsx";
import { getDeviceLoginMode, reverifyWithDevice } from "../api.ts";
import { checkAvailability, describeCeremonyError, type Authenticator } from "../availability.ts";
import { deviceLoginMessages as m } from "../messages.ts";

export function PasskeyReverifyGate(props: {
  email?: string | undefined;
  onVerified: () => Promise<void>;
  fallback: ReactNode;
}) {
  const intl = useIntl();
  const [authenticator, setAuthenticator] = useState<Authenticator | null>();
  const [usePassword, setUsePassword] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    let current = true;
    getDeviceLoginMode()
      .then(checkAvailability)
      .then(
        (value) => current && setAuthenticator(value.available ? value.authenticator : null),
        () => current && setAuthenticator(null),
      );
    return () => {
      current = false;
    };
  }, []);

  if (authenticator === undefined) {
    return null;
  }
  if (authenticator === null || usePassword) {
    return <>{props.fallback}</>;
  }
  const verify = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await reverifyWithDevice();
      await props.onVerified();
    } catch (caught) {
      if ((caught as { code?: unknown }).code === "PASSKEY_NOT_FOUND") {
        setUsePassword(true); // no device login on this account: the password form it is
        return;
      }
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="login-layout">
      <main className="login-card" aria-labelledby="passkey-reverify-title">
        <LogoMark size={40} />
        <h1 id="passkey-reverify-title" className="login-title">
          <FormattedMessage {...m.confirmTitle} />
        </h1>
        <p className="login-subtitle">
          <FormattedMessage
            {...m.keepWorking}
            values={{
              authenticator,
              hasEmail: props.email === undefined ? "no" : "yes",
              email: props.email ?? "",
            }}
          />
        </p>
        {error !== undefined && (
          // ErrorAlert's markup, written out: importing it here split the sign-in route's first
          // JavaScript into more chunks (1 KB more gzipped; npm run build prints it).
          <div className="alert alert-error" role="alert">
            <AlertIcon size={18} />
            <span>{describeCeremonyError(intl, error, authenticator)}</span>
          </div>
        )}
        <Button
          className="button-block"
          busy={busy}
          busyLabel={intl.formatMessage(m.waitingFor, { authenticator })}
          onClick={() => void verify()}
        >
          <FormattedMessage {...m.verifyWith} values={{ authenticator }} />
        </Button>
        <Button variant="quiet" className="button-block" onClick={() => setUsePassword(true)}>
          <FormattedMessage {...m.usePassword} />
        </Button>
      </main>
    </div>
  );
}
