// The sign-in's second step for a user with MFA: a 6-digit code or a recovery code, checked for
// shape before it is sent, and cleared with the focus back on it after a refused one.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { codeProblem, OneTimeCodeField } from "../../../components/OneTimeCodeField.tsx";
import { authMessages as m } from "../messages.ts";

export function CodeStep(props: {
  email: string;
  busy: boolean;
  failed: boolean;
  onCancel: () => void;
  onSubmit: (code: string) => Promise<void>;
}) {
  const intl = useIntl();
  const [code, setCode] = useState("");
  const [problem, setProblem] = useState<MessageDescriptor | undefined>();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (props.failed) {
      setCode("");
      input.current?.focus();
    }
  }, [props.failed]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local = codeProblem(code);
    setProblem(local);
    if (local === undefined) {
      void props.onSubmit(code);
    }
  };

  return (
    <form className="login-form" onSubmit={submit} noValidate>
      <div className="identity-chip">
        <span className="identity-chip-email" translate="no" dir="ltr">
          {props.email}
        </span>
      </div>
      <p className="login-subtitle">
        <FormattedMessage {...m.codePrompt} />
      </p>
      <OneTimeCodeField
        ref={input}
        value={code}
        onChange={setCode}
        error={problem === undefined ? undefined : intl.formatMessage(problem)}
        allowRecovery
        autoFocus
      />
      <Button
        type="submit"
        busy={props.busy}
        busyLabel={intl.formatMessage(m.verifying)}
        className="button-block"
      >
        <FormattedMessage {...m.verify} />
      </Button>
      <div className="login-links">
        <button type="button" className="link-button" onClick={props.onCancel}>
          <FormattedMessage {...m.someoneElse} />
        </button>
      </div>
    </form>
  );
}
