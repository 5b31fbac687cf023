// The sign-in's code step for a user with MFA: the 6-digit code of the authenticator app, or a
// recovery code.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "../../../components/Button.tsx";
import { codeProblem, OneTimeCodeField } from "../../../components/OneTimeCodeField.tsx";

export function CodeStep(props: {
  email: string;
  busy: boolean;
  failed: boolean;
  onCancel: () => void;
  onSubmit: (code: string) => Promise<void>;
}) {
  const [code, setCode] = useState("");
  const [problem, setProblem] = useState<string | undefined>();
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
        <span className="identity-chip-email">{props.email}</span>
      </div>
      <p className="login-subtitle">
        Open your authenticator app and enter the code it shows for Gatehouse.
      </p>
      <OneTimeCodeField
        ref={input}
        value={code}
        onChange={setCode}
        error={problem}
        allowRecovery
        autoFocus
      />
      <Button type="submit" busy={props.busy} busyLabel="Verifying…" className="button-block">
        Verify
      </Button>
      <div className="login-links">
        <button type="button" className="link-button" onClick={props.onCancel}>
          Sign in as someone else
        </button>
      </div>
    </form>
  );
}
