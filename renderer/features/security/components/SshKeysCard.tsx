// Security → SSH keys: the user's public keys (name, type, SHA256 fingerprint, added), add one
// (AddSshKeyForm.tsx, or generated on the device) and delete, confirmed first.
import { useState } from "react";
import { FormattedMessage, useIntl, type IntlShape } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { KeyIcon } from "../../../components/Icons.tsx";
import { useErrorText } from "../../../lib/error-messages.ts";
import { apiErrorOf } from "../../../lib/http.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { handledReverification } from "../../../stores/session.ts";
import { isDesktopApp } from "../../../lib/desktop.ts";
import { deleteSshKey, listSshKeys, type SshKey } from "../api.ts";
import { AddKeyForm } from "./AddSshKeyForm.tsx";
import { GenerateKeyForm } from "./GenerateKeyForm.tsx";
import { useLoader } from "../use-loader.ts";
import { formatDate } from "../format.ts";
import { securityMessages as m } from "../messages.ts";
import { LoadState } from "./LoadState.tsx";

export function SshKeysCard({ email }: { email: string }) {
  const intl = useIntl();
  const describeError = useErrorText();
  const [loaded, reload] = useLoader(listSshKeys);
  const [adding, setAdding] = useState<"paste" | "generate" | false>(false);
  const [deleting, setDeleting] = useState<SshKey>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
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
        setError(apiError);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="section-ssh-keys">
      <div className="card-header">
        <h2 id="section-ssh-keys" className="card-title">
          <FormattedMessage {...m.sshKeys} />
        </h2>
        {adding === false && (
          <div className="form-actions">
            {onDesktop && (
              <Button variant="secondary" onClick={() => setAdding("generate")}>
                <FormattedMessage {...m.generateOnDevice} />
              </Button>
            )}
            <Button variant="secondary" onClick={() => setAdding("paste")}>
              <FormattedMessage {...m.addKey} />
            </Button>
          </div>
        )}
      </div>
      <p className="card-note">
        <FormattedMessage {...m.sshNote} />
      </p>
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
      <LoadState loaded={loaded} onRetry={reload} />
      {loaded.state === "loaded" &&
        (loaded.value.length === 0 ? (
          <p className="list-empty">
            <FormattedMessage {...m.noKeys} />
          </p>
        ) : (
          <ul className="item-list" aria-label={intl.formatMessage(m.sshKeys)}>
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
        title={intl.formatMessage(m.deleteKeyTitle, { name: deleting?.name ?? "" })}
        open={deleting !== undefined}
        confirmLabel={intl.formatMessage(m.deleteKey)}
        busyLabel={intl.formatMessage(m.deleting)}
        busy={busy}
        error={error === undefined ? undefined : describeError(error)}
        onConfirm={() => {
          if (deleting !== undefined) {
            void remove(deleting);
          }
        }}
        onCancel={() => setDeleting(undefined)}
      >
        <p>
          <FormattedMessage {...m.deleteKeyText} />
        </p>
      </ConfirmDialog>
    </section>
  );
}

function KeyRow({ sshKey, onDelete }: { sshKey: SshKey; onDelete: () => void }) {
  const intl = useIntl();
  return (
    <li className="item-row">
      <span className="item-icon" aria-hidden="true">
        <KeyIcon size={18} />
      </span>
      <div className="item-main">
        <span className="item-title" translate="no" dir="auto">
          {sshKey.name}
        </span>
        <code className="fingerprint" translate="no" dir="ltr">
          {sshKey.fingerprint}
        </code>
        <span className="item-meta">
          <FormattedMessage
            {...m.keyMeta}
            values={{
              type: keyTypeLabel(intl, sshKey.type),
              bits: sshKey.bits,
              hasComment: sshKey.comment === "" ? "no" : "yes",
              // The user's own words: not translated, and isolated so that in Arabic a comment
              // like "256-bit ED25519, …" keeps its own left-to-right order.
              comment: (
                <span translate="no" dir="auto">
                  {sshKey.comment}
                </span>
              ),
              addedAt: formatDate(intl, sshKey.addedAt),
            }}
          />
        </span>
      </div>
      <div className="item-actions">
        <Button
          variant="secondary"
          onClick={onDelete}
          aria-label={intl.formatMessage(m.deleteLabel, { name: sshKey.name })}
        >
          <FormattedMessage {...m.delete} />
        </Button>
      </div>
    </li>
  );
}

/** Algorithm names stay as they are; "security key" is said in the user's language. */
const keyTypes: Record<string, { algorithm: string; securityKey?: true }> = {
  "ssh-ed25519": { algorithm: "Ed25519" },
  "ecdsa-sha2-nistp256": { algorithm: "ECDSA" },
  "ecdsa-sha2-nistp384": { algorithm: "ECDSA" },
  "ecdsa-sha2-nistp521": { algorithm: "ECDSA" },
  "ssh-rsa": { algorithm: "RSA" },
  "sk-ssh-ed25519@openssh.com": { algorithm: "Ed25519", securityKey: true },
  "sk-ecdsa-sha2-nistp256@openssh.com": { algorithm: "ECDSA", securityKey: true },
};

function keyTypeLabel(intl: IntlShape, type: string): string {
  const known = keyTypes[type];
  if (known === undefined) {
    return type;
  }
  return known.securityKey === true
    ? intl.formatMessage(m.securityKey, { algorithm: known.algorithm })
    : known.algorithm;
}
