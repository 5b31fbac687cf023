// Desktop only: makes an Ed25519 key pair in ~/.ssh with the system's ssh-keygen and adds the
// public half to the account. The private key never leaves the device or crosses the bridge.
import { useState, type FormEvent } from "react";
import { Button } from "../../../components/Button.tsx";
import { PasswordField } from "../../../components/PasswordField.tsx";
import { desktopPlatform, generateSshKeyOnDevice, osNames } from "../../../lib/desktop.ts";
import { apiErrorOf } from "../../../lib/http.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { handledReverification } from "../../../stores/session.ts";
import { addSshKey } from "../api.ts";

export function GenerateKeyForm(props: {
  email: string;
  onAdded: () => void;
  onClose: () => void;
}) {
  const [passphrase, setPassphrase] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [savedTo, setSavedTo] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase !== confirmation) {
      setError("The passphrases do not match.");
      return;
    }
    if (passphrase !== "" && passphrase.length < 8) {
      setError("Use at least 8 characters, or leave the passphrase empty.");
      return;
    }
    setBusy(true);
    setError(undefined);
    const generated = await generateSshKeyOnDevice({ comment: props.email, passphrase });
    if (!generated.ok) {
      setError(generated.error.message);
      setBusy(false);
      return;
    }
    try {
      const platform = await desktopPlatform();
      const name = platform === undefined ? "This device" : `${osNames[platform.os]} device`;
      await withRecentVerification(() => addSshKey(name, generated.value.publicKey));
      setSavedTo(generated.value.privateKeyPath);
      props.onAdded();
    } catch (caught) {
      if (!handledReverification(caught)) {
        setError(
          `The key was made (${generated.value.privateKeyPath}) but could not be added: ${apiErrorOf(caught).message}`,
        );
      }
    } finally {
      setBusy(false);
    }
  };

  if (savedTo !== undefined) {
    return (
      <div className="form-stack add-key-form" role="status">
        <p>
          Your new key is on your account. The private key is saved on this computer at{" "}
          <code>{savedTo}</code> and never left it.
        </p>
        <div className="form-actions">
          <Button onClick={props.onClose}>Done</Button>
        </div>
      </div>
    );
  }

  return (
    <form className="form-stack add-key-form" onSubmit={(event) => void submit(event)} noValidate>
      <p className="field-hint">
        Creates an Ed25519 key in <code>~/.ssh</code> on this computer (an existing key is never
        overwritten) and adds its public half here.
      </p>
      <PasswordField
        label="Passphrase (optional)"
        autoComplete="new-password"
        value={passphrase}
        maxLength={1024}
        onChange={(event) => setPassphrase(event.target.value)}
      />
      <PasswordField
        label="Confirm passphrase"
        autoComplete="new-password"
        value={confirmation}
        maxLength={1024}
        onChange={(event) => setConfirmation(event.target.value)}
        error={error}
      />
      <div className="form-actions">
        <Button type="submit" busy={busy} busyLabel="Generating…">
          Generate key pair
        </Button>
        <Button variant="secondary" onClick={props.onClose} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
