// Security → SSH keys: the user's public keys (name, type, SHA256 fingerprint, added), add one
// (validated by the server, which refuses private keys with a clear warning) and delete.
import { useState, type FormEvent } from "react";
import { Button } from "../../../components/Button.tsx";
import { KeyIcon } from "../../../components/Icons.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { apiErrorOf } from "../../../lib/http.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { handledReverification } from "../../../stores/session.ts";
import { isDesktopApp } from "../../../lib/desktop.ts";
import { addSshKey, deleteSshKey, listSshKeys, type SshKey } from "../api.ts";
import { GenerateKeyForm } from "./GenerateKeyForm.tsx";
import { useLoader } from "../use-loader.ts";
import { LoadState } from "./LoadState.tsx";

export function SshKeysCard({ email }: { email: string }) {
  const [loaded, reload] = useLoader(listSshKeys);
  const [adding, setAdding] = useState<"paste" | "generate" | false>(false);
  const onDesktop = isDesktopApp();

  return (
    <section className="card" aria-labelledby="section-ssh-keys">
      <div className="card-header">
        <h2 id="section-ssh-keys" className="card-title">
          SSH keys
        </h2>
        {adding === false && (
          <div className="form-actions">
            {onDesktop && (
              <Button variant="secondary" onClick={() => setAdding("generate")}>
                Generate a key pair on this device
              </Button>
            )}
            <Button variant="secondary" onClick={() => setAdding("paste")}>
              Add SSH key
            </Button>
          </div>
        )}
      </div>
      <p className="card-note">Public keys that let you sign in to your organization’s servers.</p>
      {adding === "generate" && (
        <GenerateKeyForm email={email} onAdded={reload} onClose={() => setAdding(false)} />
      )}
      {adding === "paste" && (
        <AddKeyForm
          onAdded={() => {
            setAdding(false);
            reload();
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      <LoadState loaded={loaded} what="your SSH keys" onRetry={reload} />
      {loaded.state === "loaded" &&
        (loaded.value.length === 0 ? (
          <p className="list-empty">No SSH keys yet.</p>
        ) : (
          <ul className="item-list" aria-label="SSH keys">
            {loaded.value.map((key) => (
              <KeyRow key={key.id} sshKey={key} onDeleted={reload} />
            ))}
          </ul>
        ))}
    </section>
  );
}

function KeyRow({ sshKey, onDeleted }: { sshKey: SshKey; onDeleted: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const remove = async () => {
    setBusy(true);
    try {
      await withRecentVerification(() => deleteSshKey(sshKey.id));
      onDeleted();
    } catch (caught) {
      if (!handledReverification(caught)) {
        setError(apiErrorOf(caught).message);
      }
      setBusy(false);
    }
  };

  return (
    <li className="item-row">
      <span className="item-icon" aria-hidden="true">
        <KeyIcon size={18} />
      </span>
      <div className="item-main">
        <span className="item-title">{sshKey.name}</span>
        <code className="fingerprint">{sshKey.fingerprint}</code>
        <span className="item-meta">
          {keyTypeLabel(sshKey.type)} · {sshKey.bits} bits
          {sshKey.comment === "" ? "" : ` · ${sshKey.comment}`} · Added {formatDate(sshKey.addedAt)}
        </span>
        {error !== undefined && (
          <span className="field-error" role="alert">
            {error}
          </span>
        )}
      </div>
      <div className="item-actions">
        {confirming ? (
          <>
            <Button variant="secondary" onClick={() => setConfirming(false)} disabled={busy}>
              Keep
            </Button>
            <Button
              className="button-danger"
              busy={busy}
              busyLabel="Deleting…"
              onClick={() => void remove()}
            >
              Delete key
            </Button>
          </>
        ) : (
          <Button
            variant="secondary"
            onClick={() => setConfirming(true)}
            aria-label={`Delete ${sshKey.name}`}
          >
            Delete
          </Button>
        )}
      </div>
    </li>
  );
}

function AddKeyForm({ onAdded, onCancel }: { onAdded: () => void; onCancel: () => void }) {
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

const keyTypes: Record<string, string> = {
  "ssh-ed25519": "Ed25519",
  "ecdsa-sha2-nistp256": "ECDSA",
  "ecdsa-sha2-nistp384": "ECDSA",
  "ecdsa-sha2-nistp521": "ECDSA",
  "ssh-rsa": "RSA",
  "sk-ssh-ed25519@openssh.com": "Ed25519 security key",
  "sk-ecdsa-sha2-nistp256@openssh.com": "ECDSA security key",
};

function keyTypeLabel(type: string): string {
  return keyTypes[type] ?? type;
}

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { dateStyle: "medium" });
}
