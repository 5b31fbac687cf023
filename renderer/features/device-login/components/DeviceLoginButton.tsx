// "Log in with Touch ID / Windows Hello" on the login page: shown when the policy allows it and
// this device has a platform authenticator; otherwise nothing at all (Security explains why).
import { useEffect, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { Button } from "../../../components/Button.tsx";
import { getDeviceLoginMode, signInWithDevice } from "../api.ts";
import { checkAvailability, describeCeremonyError, type Availability } from "../availability.ts";
import "../device-login.css";
import { deviceLoginMessages as m } from "../messages.ts";

export function DeviceLoginButton(props: { onSignedIn: () => Promise<void> }) {
  const intl = useIntl();
  const [availability, setAvailability] = useState<Availability>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    let current = true;
    getDeviceLoginMode()
      .then(checkAvailability)
      .then(
        (value) => current && setAvailability(value),
        () => current && setAvailability({ available: false, reason: undefined }),
      );
    return () => {
      current = false;
    };
  }, []);

  if (availability === undefined || !availability.available) {
    return null;
  }
  const { authenticator } = availability;
  const signIn = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await signInWithDevice();
      await props.onSignedIn();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="device-login">
      {error !== undefined && (
        <ErrorAlert message={describeCeremonyError(intl, error, authenticator)} />
      )}
      <Button
        variant="secondary"
        className="button-block"
        busy={busy}
        busyLabel={intl.formatMessage(m.waitingFor, { authenticator })}
        onClick={() => void signIn()}
      >
        <FormattedMessage {...m.logInWith} values={{ authenticator }} />
      </Button>
      <p className="device-login-divider" aria-hidden="true">
        <FormattedMessage {...m.or} />
      </p>
    </div>
  );
}
