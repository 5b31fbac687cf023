// Re-verification with Touch ID / Windows Hello only (docs/design.md §1.1): when this user has
// device login here, the prompt asks for the authenticator, not the whole login; the password form
// is the fallback a click away.
import { useEffect, useState, type ReactNode } from "react";
import { Button } from "../../../components/Button.tsx";
import { LogoMark } from "../../../components/Logo.tsx";
import { getDeviceLoginMode, reverifyWithDevice } from "../api.ts";
import { checkAvailability, describeCeremonyError } from "../availability.ts";

export function PasskeyReverifyGate(props: {
  email?: string | undefined;
  onVerified: () => Promise<void>;
  fallback: ReactNode;
}) {
  const [label, setLabel] = useState<string | null>();
  const [usePassword, setUsePassword] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    let current = true;
    getDeviceLoginMode()
      .then(checkAvailability)
      .then(
        (value) => current && setLabel(value.available ? value.label : null),
        () => current && setLabel(null),
      );
    return () => {
      current = false;
    };
  }, []);

  if (label === undefined) {
    return null;
  }
  if (label === null || usePassword) {
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
      setError(describeCeremonyError(caught, label));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="login-layout">
      <main className="login-card" aria-labelledby="passkey-reverify-title">
        <LogoMark size={40} />
        <h1 id="passkey-reverify-title" className="login-title">
          Confirm it’s you
        </h1>
        <p className="login-subtitle">
          Use {label} to keep working{props.email === undefined ? "" : ` as ${props.email}`}.
        </p>
        {error !== undefined && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <Button
          className="button-block"
          busy={busy}
          busyLabel={`Waiting for ${label}…`}
          onClick={() => void verify()}
        >
          Verify with {label}
        </Button>
        <Button variant="quiet" className="button-block" onClick={() => setUsePassword(true)}>
          Use my password instead
        </Button>
      </main>
    </div>
  );
}
