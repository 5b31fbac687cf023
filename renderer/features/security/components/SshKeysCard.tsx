// Security → SSH keys: the user's public keys (name, type, SHA256 fingerprint, added), add one
// (AddSshKeyForm.tsx, or generated on the device) and delete, confirmed first.
import { useState } from "react";
import { Button } from "../../../components/Button.tsx";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { KeyIcon } from "../../../components/Icons.tsx";
import { apiErrorOf } from "../../../lib/http.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { handledReverification } from "../../../stores/session.ts";
import { isDesktopApp } from "../../../lib/desktop.ts";
import { deleteSshKey, listSshKeys, type SshKey } from "../api.ts";
import { AddKeyForm } from "./AddSshKeyForm.tsx";
import { GenerateKeyForm } from "./GenerateKeyForm.tsx";
import { useLoader } from "../use-loader.ts";
import { formatDate } from "../format.ts";
import { LoadState } from "./LoadState.tsx";

export function SshKeysCard({ email }: { email: string }) {
  const [loaded, reload] = useLoader(listSshKeys);
  const [adding, setAdding] = useState<"paste" | "generate" | false>(false);
  const [deleting, setDeleting] = useState<SshKey>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const onDesktop = isDesktopApp();

  const remove = async (sshKey: SshKey) => {
    setBusy(true);
    setError(undefined);
    try {
      await withRecentVerification(() => deleteSshKey(sshKey.id));
      setDeleting(undefined);
      reload();
    } catch (caught) {
      const apiError = apiErrorOf(caught);
      if (!handledReverification(caught) && apiError.code !== "VERIFICATION_CANCELLED") {
        setError(apiError.message);
      }
    } finally {
      setBusy(false);
    }
  };

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
              <KeyRow
                key={key.id}
                sshKey={key}
                onDelete={() => {
                  setError(undefined);
                  setDeleting(key);
                }}
              />
            ))}
          </ul>
        ))}
      <ConfirmDialog
        title={`Delete “${deleting?.name ?? ""}”?`}
        open={deleting !== undefined}
        confirmLabel="Delete key"
        busyLabel="Deleting…"
        busy={busy}
        error={error}
        onConfirm={() => {
          if (deleting !== undefined) {
            void remove(deleting);
          }
        }}
        onCancel={() => setDeleting(undefined)}
      >
        <p>
          This key stops working for signing in to your organization’s servers. The key file on your
          computer stays where it is.
        </p>
      </ConfirmDialog>
    </section>
  );
}

function KeyRow({ sshKey, onDelete }: { sshKey: SshKey; onDelete: () => void }) {
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
      </div>
      <div className="item-actions">
        <Button variant="secondary" onClick={onDelete} aria-label={`Delete ${sshKey.name}`}>
          Delete
        </Button>
      </div>
    </li>
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
