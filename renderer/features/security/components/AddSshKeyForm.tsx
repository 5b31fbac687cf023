// Security → SSH keys → Add: a name and a pasted public key; the server validates it and refuses
// a private key with a clear warning.
import { useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { commonMessages } from "../../../components/messages.ts";
import { richText } from "../../../components/rich-text.tsx";
import { useProblemText, type Problem } from "../../../lib/error-messages.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { handledReverification } from "../../../stores/session.ts";
import { addSshKey } from "../api.ts";
import { securityMessages as m } from "../messages.ts";

export function AddKeyForm({ onAdded, onCancel }: { onAdded: () => void; onCancel: () => void }) {
  const [name, setName] = useState("");
  const [publicKey, setPublicKey] = useState("");
  const [busy, setBusy] = useState(false);
  const intl = useIntl();
  const showProblem = useProblemText();
  const [problem, setProblem] = useState<Problem>();
  const error = showProblem(problem);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (publicKey.trim() === "") {
      setProblem(m.pastePublicKey);
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      await withRecentVerification(() => addSshKey(name.trim(), publicKey));
      onAdded();
    } catch (caught) {
      if (!handledReverification(caught)) {
        setProblem(caught as Problem);
      }
      setBusy(false);
    }
  };

  return (
    <form className="form-stack add-key-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={intl.formatMessage(m.keyName)}
        value={name}
        maxLength={100}
        placeholder={intl.formatMessage(m.keyNamePlaceholder)}
        onChange={(event) => setName(event.target.value)}
      />
      <div className="field">
        <label className="field-label" htmlFor="ssh-public-key">
          <FormattedMessage {...m.publicKey} />
        </label>
        <textarea
          id="ssh-public-key"
          // A key is data in any language: neither translated nor turned right to left.
          translate="no"
          dir="ltr"
          className={`field-textarea${error === undefined ? "" : " field-control-invalid"}`}
          rows={4}
          maxLength={16_384}
          spellCheck={false}
          autoFocus
          // eslint-disable-next-line formatjs/no-literal-string-in-jsx -- a key's shape, not words
          placeholder="ssh-ed25519 AAAAC3Nza… you@laptop"
          value={publicKey}
          aria-invalid={error !== undefined || undefined}
          aria-describedby="ssh-public-key-hint ssh-public-key-error"
          onChange={(event) => setPublicKey(event.target.value)}
        />
        <p id="ssh-public-key-hint" className="field-hint">
          <FormattedMessage {...m.publicKeyHint} values={richText} />
        </p>
        {error !== undefined && (
          <p id="ssh-public-key-error" className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="form-actions">
        <Button type="submit" busy={busy} busyLabel={intl.formatMessage(m.adding)}>
          <FormattedMessage {...m.addKeyButton} />
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          <FormattedMessage {...commonMessages.cancel} />
        </Button>
      </div>
    </form>
  );
}
