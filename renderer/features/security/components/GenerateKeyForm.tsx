// Desktop only: makes an Ed25519 key pair in ~/.ssh with the system's ssh-keygen and adds the
// public half to the account. The private key never leaves the device or crosses the bridge.
import { useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { commonMessages } from "../../../components/messages.ts";
import { PasswordField } from "../../../components/PasswordField.tsx";
import { richText } from "../../../components/rich-text.tsx";
import { desktopPlatform, generateSshKeyOnDevice, osNames } from "../../../lib/desktop.ts";
import { errorText, useProblemText, type Problem } from "../../../lib/error-messages.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { handledReverification } from "../../../stores/session.ts";
import { addSshKey } from "../api.ts";
import { securityMessages as m } from "../messages.ts";

export function GenerateKeyForm(props: {
  email: string;
  onAdded: () => void;
  onClose: () => void;
}) {
  const [passphrase, setPassphrase] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [busy, setBusy] = useState(false);
  const intl = useIntl();
  const showProblem = useProblemText();
  const [problem, setProblem] = useState<Problem | { made: string; error: unknown }>();
  const [savedTo, setSavedTo] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase !== confirmation) {
      setProblem(m.passphrasesDiffer);
      return;
    }
    if (passphrase !== "" && passphrase.length < 8) {
      setProblem(m.passphraseShort);
      return;
    }
    setBusy(true);
    setProblem(undefined);
    const generated = await generateSshKeyOnDevice({ comment: props.email, passphrase });
    if (!generated.ok) {
      setProblem(generated.error);
      setBusy(false);
      return;
    }
    try {
      const platform = await desktopPlatform();
      const name =
        platform === undefined
          ? intl.formatMessage(m.thisDevice)
          : intl.formatMessage(m.systemDevice, { system: osNames[platform.os] });
      await withRecentVerification(() => addSshKey(name, generated.value.publicKey));
      setSavedTo(generated.value.privateKeyPath);
      props.onAdded();
    } catch (caught) {
      if (!handledReverification(caught)) {
        setProblem({ made: generated.value.privateKeyPath, error: caught });
      }
    } finally {
      setBusy(false);
    }
  };

  if (savedTo !== undefined) {
    return (
      <div className="form-stack add-key-form" role="status">
        <p>
          <FormattedMessage {...m.generated} values={{ ...richText, path: savedTo }} />
        </p>
        <div className="form-actions">
          <Button onClick={props.onClose}>
            <FormattedMessage {...m.done} />
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form className="form-stack add-key-form" onSubmit={(event) => void submit(event)} noValidate>
      <p className="field-hint">
        <FormattedMessage {...m.generateHint} values={richText} />
      </p>
      <PasswordField
        label={intl.formatMessage(m.passphrase)}
        autoComplete="new-password"
        value={passphrase}
        maxLength={1024}
        onChange={(event) => setPassphrase(event.target.value)}
      />
      <PasswordField
        label={intl.formatMessage(m.confirmPassphrase)}
        autoComplete="new-password"
        value={confirmation}
        maxLength={1024}
        onChange={(event) => setConfirmation(event.target.value)}
        error={
          problem !== undefined && "made" in problem
            ? intl.formatMessage(m.madeNotAdded, {
                path: problem.made,
                problem: errorText(intl, problem.error),
              })
            : showProblem(problem)
        }
      />
      <div className="form-actions">
        <Button type="submit" busy={busy} busyLabel={intl.formatMessage(m.generating)}>
          <FormattedMessage {...m.generate} />
        </Button>
        <Button variant="secondary" onClick={props.onClose} disabled={busy}>
          <FormattedMessage {...commonMessages.cancel} />
        </Button>
      </div>
    </form>
  );
}
