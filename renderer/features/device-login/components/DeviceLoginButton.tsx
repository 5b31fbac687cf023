// "Log in with Touch ID / Windows Hello" on the login page: shown when the policy allows it and
// this device has a platform authenticator; otherwise nothing at all (Security explains why).
import { useEffect, useState } from "react";
import { Button } from "../../../components/Button.tsx";
import { getDeviceLoginMode, signInWithDevice } from "../api.ts";
import { checkAvailability, describeCeremonyError, type Availability } from "../availability.ts";
import "../device-login.css";

export function DeviceLoginButton(props: { onSignedIn: () => Promise<void> }) {
  const [availability, setAvailability] = useState<Availability>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    let current = true;
    getDeviceLoginMode()
      .then(checkAvailability)
      .then(
        (value) => current && setAvailability(value),
        () => current && setAvailability({ available: false, reason: "" }),
      );
    return () => {
      current = false;
    };
  }, []);

  if (availability === undefined || !availability.available) {
    return null;
  }
  const signIn = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await signInWithDevice();
      await props.onSignedIn();
    } catch (caught) {
      setError(describeCeremonyError(caught, availability.label));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="device-login">
      {error !== undefined && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <Button
        variant="secondary"
        className="button-block"
        busy={busy}
        busyLabel={`Waiting for ${availability.label}…`}
        onClick={() => void signIn()}
      >
        Log in with {availability.label}
      </Button>
      <p className="device-login-divider" aria-hidden="true">
        or
      </p>
    </div>
  );
}
