// Creates an IT enrollment token with a label and a lifetime; the token is shown once, to copy
// into the managed devices' configuration. The server names the field it refuses.
import { useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { CopyButton } from "../../../components/CopyButton.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { createEnrollmentToken } from "../api.ts";
import { deviceMessages as m } from "../device-messages.ts";
import { useAction } from "../use-action.ts";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";

export function EnrollmentTokenForm({ onCreated }: { onCreated: () => void }) {
  const intl = useIntl();
  const [form, setForm] = useState({ label: "", days: "30" });
  const { run, busy, errorAt, errorBesides } = useAction();
  const [created, setCreated] = useState<{ label: string; token: string }>();

  const create = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      const made = await createEnrollmentToken(form.label, Number(form.days));
      setCreated({ label: form.label, token: made.token });
      setForm({ label: "", days: "30" });
      onCreated();
    });
  };
  const otherError = errorBesides(["label", "validDays"]);

  return (
    <>
      <form className="console-inline-form" onSubmit={(event) => void create(event)} noValidate>
        <TextField
          label={intl.formatMessage(m.label)}
          value={form.label}
          placeholder={intl.formatMessage(m.labelPlaceholder)}
          error={errorAt("label")}
          onChange={(event) => setForm({ ...form, label: event.target.value })}
        />
        <TextField
          label={intl.formatMessage(m.validDays)}
          type="number"
          min={1}
          max={365}
          value={form.days}
          error={errorAt("validDays")}
          onChange={(event) => setForm({ ...form, days: event.target.value })}
        />
        <Button type="submit" busy={busy} busyLabel={intl.formatMessage(m.creating)}>
          <FormattedMessage {...m.create} />
        </Button>
      </form>
      <ErrorAlert message={otherError} />
      {created !== undefined && (
        <div className="alert alert-info console-secret" role="note">
          <span>
            <FormattedMessage
              {...m.shownOnce}
              values={{
                label: <span translate="no">{created.label}</span>,
                token: <code translate="no">{created.token}</code>,
              }}
            />
          </span>
          <CopyButton value={created.token} label={intl.formatMessage(m.copyToken)} />
          <Button variant="quiet" onClick={() => setCreated(undefined)}>
            <FormattedMessage {...m.done} />
          </Button>
        </div>
      )}
    </>
  );
}
