// Creates an IT enrollment token with a label and a lifetime; the token is shown once, to copy
// into the managed devices' configuration. The server names the field it refuses.
import { useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { CopyButton } from "../../../components/CopyButton.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { useErrorText } from "../../../lib/error-messages.ts";
import { apiErrorOf, type ApiError } from "../../../lib/http.ts";
import { handledReverification } from "../../../stores/session.ts";
import { createEnrollmentToken } from "../api.ts";
import { deviceMessages as m } from "../device-messages.ts";

export function EnrollmentTokenForm({ onCreated }: { onCreated: () => void }) {
  const intl = useIntl();
  const describeError = useErrorText();
  const [form, setForm] = useState({ label: "", days: "30" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [created, setCreated] = useState<{ label: string; token: string }>();

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      const made = await createEnrollmentToken(form.label, Number(form.days));
      setCreated({ label: form.label, token: made.token });
      setForm({ label: "", days: "30" });
      onCreated();
    } catch (caught) {
      if (!handledReverification(caught)) {
        setError(apiErrorOf(caught));
      }
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (field: string) =>
    error !== undefined && error.field === field ? describeError(error) : undefined;

  return (
    <>
      <form className="console-inline-form" onSubmit={(event) => void create(event)} noValidate>
        <TextField
          label={intl.formatMessage(m.label)}
          value={form.label}
          placeholder={intl.formatMessage(m.labelPlaceholder)}
          error={fieldError("label")}
          onChange={(event) => setForm({ ...form, label: event.target.value })}
        />
        <TextField
          label={intl.formatMessage(m.validDays)}
          type="number"
          min={1}
          max={365}
          value={form.days}
          error={fieldError("validDays")}
          onChange={(event) => setForm({ ...form, days: event.target.value })}
        />
        <Button type="submit" busy={busy} busyLabel={intl.formatMessage(m.creating)}>
          <FormattedMessage {...m.create} />
        </Button>
      </form>
      {error !== undefined && !["label", "validDays"].includes(error.field ?? "") && (
        <p className="field-error" role="alert">
          {describeError(error)}
        </p>
      )}
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
