// The mail relay test: one mail to the admin's own address or a typed one, and the relay's answer
// in words — taken, kept in the outbox (no relay configured), or why it failed, with what the
// relay itself said.
import { useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { testMail, type MailTestResult } from "../settings-api.ts";
import { settingsMessages as m } from "../settings-messages.ts";
import { useAction } from "../use-action.ts";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";

export function MailTestCard() {
  const intl = useIntl();
  const [to, setTo] = useState("");
  const { run, busy, errorAt, errorBesides } = useAction();
  const [result, setResult] = useState<MailTestResult>();

  const send = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      setResult(undefined);
      setResult(await testMail(to));
    });
  };
  const otherError = errorBesides(["to"]);
  const address = (value: string) => <span translate="no">{value}</span>;

  return (
    <section className="card" aria-labelledby="section-mail">
      <h2 id="section-mail" className="card-title">
        <FormattedMessage {...m.mail} />
      </h2>
      <p className="card-note">
        <FormattedMessage {...m.mailExplains} />
      </p>
      <form className="console-inline-form" onSubmit={(event) => void send(event)} noValidate>
        <TextField
          label={intl.formatMessage(m.mailTo)}
          type="email"
          autoComplete="off"
          value={to}
          error={errorAt("to")}
          onChange={(event) => setTo(event.target.value)}
        />
        <Button type="submit" busy={busy} busyLabel={intl.formatMessage(m.mailSending)}>
          <FormattedMessage {...m.mailSend} />
        </Button>
      </form>
      <ErrorAlert message={otherError} />
      <div role="status">
        {result?.ok === true && (
          <p className="alert alert-info">
            <span>
              <FormattedMessage
                {...(result.delivery === "smtp" ? m.mailSent : m.mailKept)}
                values={{ to: address(result.to) }}
              />
            </span>
          </p>
        )}
        {result?.ok === false && (
          <p className="alert alert-error">
            <span>
              <FormattedMessage
                {...m.mailFailed}
                values={{
                  problem: result.problem,
                  to: address(result.to),
                  said: <q translate="no">{result.relayMessage}</q>,
                }}
              />
            </span>
          </p>
        )}
      </div>
    </section>
  );
}
