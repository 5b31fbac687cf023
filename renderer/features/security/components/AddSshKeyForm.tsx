// Security → SSH keys → Add: a name and a pasted public key; the server validates it and refuses
// a private key with a clear warning.
import { useState, type FormEvent } from "react";
import { Button } from "../../../components/Button.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { apiErrorOf } from "../../../lib/http.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { handledReverification } from "../../../stores/session.ts";
import { addSshKey } from "../api.ts";

export function AddKeyForm({ onAdded, onCancel }: { onAdded: () => void; onCancel: () => void }) {
  const [name, setName] = useState("");
  const [publicKey, setPublicKey] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (publicKey.trim() === "") {
      setError("Paste your public key.");
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await withRecentVerification(() => addSshKey(name.trim(), publicKey));
      onAdded();
    } catch (caught) {
      if (!handledReverification(caught)) {
        setError(apiErrorOf(caught).message);
      }
      setBusy(false);
    }
  };

  return (
    <form className="form-stack add-key-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label="Name"
        value={name}
        maxLength={100}
        placeholder="Work laptop"
        onChange={(event) => setName(event.target.value)}
      />
      <div className="field">
        <label className="field-label" htmlFor="ssh-public-key">
          Public key
        </label>
        <textarea
          id="ssh-public-key"
          className={`field-textarea${error === undefined ? "" : " field-control-invalid"}`}
          rows={4}
          maxLength={16_384}
          spellCheck={false}
          autoFocus
          placeholder="ssh-ed25519 AAAAC3Nza… you@laptop"
          value={publicKey}
          aria-invalid={error !== undefined || undefined}
          aria-describedby="ssh-public-key-hint ssh-public-key-error"
          onChange={(event) => setPublicKey(event.target.value)}
        />
        <p id="ssh-public-key-hint" className="field-hint">
          Paste the contents of your <code>.pub</code> file, e.g. <code>~/.ssh/id_ed25519.pub</code>
          . Never paste a private key.
        </p>
        {error !== undefined && (
          <p id="ssh-public-key-error" className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="form-actions">
        <Button type="submit" busy={busy} busyLabel="Adding…">
          Add key
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
