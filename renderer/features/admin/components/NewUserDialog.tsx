// Creates a user: by default they get an invitation mail whose link (three days, once) lets them
// choose their own password; otherwise a temporary password is shown once, to hand over. The
// server checks the fields and names the one it refuses.
import { useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { CopyButton } from "../../../components/CopyButton.tsx";
import { InfoDialog } from "../../../components/InfoDialog.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { createUser } from "../api.ts";
import { consoleMessages } from "../messages.ts";
import { fieldLabels } from "../profile-field-messages.ts";
import { useAction } from "../use-action.ts";
import { userMessages as m } from "../user-messages.ts";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";

type Created = { id: string; email: string; temporaryPassword: string | undefined };

export function NewUserDialog(props: {
  open: boolean;
  onClose: () => void;
  onOpenUser: (id: string) => void;
}) {
  const intl = useIntl();
  const [form, setForm] = useState({ email: "", firstName: "", lastName: "", invite: true });
  const { run, busy, setError, errorAt, errorBesides } = useAction();
  const [created, setCreated] = useState<Created>();

  const close = () => {
    setForm({ email: "", firstName: "", lastName: "", invite: true });
    setError(undefined);
    setCreated(undefined);
    props.onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      const result = await createUser(form);
      setCreated({
        id: result.user.id,
        email: result.user.email,
        temporaryPassword: result.temporaryPassword,
      });
    });
  };
  const otherError = errorBesides(["email", "firstName", "lastName"]);

  if (created !== undefined) {
    return (
      <InfoDialog
        title={intl.formatMessage(m.createdTitle)}
        open={props.open}
        onClose={close}
        actions={
          <Button onClick={() => props.onOpenUser(created.id)}>
            <FormattedMessage {...m.openUser} />
          </Button>
        }
      >
        {created.temporaryPassword === undefined ? (
          <p>
            <FormattedMessage
              {...m.invitationSent}
              values={{ email: <span translate="no">{created.email}</span> }}
            />
          </p>
        ) : (
          <div className="console-secret">
            <span>
              <FormattedMessage
                {...m.temporaryShownOnce}
                values={{
                  email: <span translate="no">{created.email}</span>,
                  password: <code translate="no">{created.temporaryPassword}</code>,
                }}
              />
            </span>
            <CopyButton
              value={created.temporaryPassword}
              label={intl.formatMessage(consoleMessages.copyPassword)}
            />
          </div>
        )}
      </InfoDialog>
    );
  }
  return (
    <InfoDialog
      title={intl.formatMessage(m.newUserTitle)}
      open={props.open}
      onClose={close}
      actions={
        <>
          <Button variant="secondary" onClick={close} disabled={busy}>
            <FormattedMessage {...m.cancel} />
          </Button>
          <Button
            type="submit"
            form="new-user-form"
            busy={busy}
            busyLabel={intl.formatMessage(m.creating)}
          >
            <FormattedMessage {...m.create} />
          </Button>
        </>
      }
    >
      <form
        id="new-user-form"
        className="console-form"
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <TextField
          label={intl.formatMessage(fieldLabels.email)}
          type="email"
          value={form.email}
          error={errorAt("email")}
          onChange={(event) => setForm({ ...form, email: event.target.value })}
        />
        <TextField
          label={intl.formatMessage(fieldLabels.firstName)}
          value={form.firstName}
          error={errorAt("firstName")}
          onChange={(event) => setForm({ ...form, firstName: event.target.value })}
        />
        <TextField
          label={intl.formatMessage(fieldLabels.lastName)}
          value={form.lastName}
          error={errorAt("lastName")}
          onChange={(event) => setForm({ ...form, lastName: event.target.value })}
        />
        <label className="console-check">
          <input
            type="checkbox"
            checked={form.invite}
            onChange={(event) => setForm({ ...form, invite: event.target.checked })}
          />
          <FormattedMessage {...m.invite} />
        </label>
        <ErrorAlert message={otherError} />
      </form>
    </InfoDialog>
  );
}
