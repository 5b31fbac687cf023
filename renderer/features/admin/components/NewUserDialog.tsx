// Creates a user: by default they get an invitation mail whose link (three days, once) lets them
// choose their own password; otherwise a temporary password is shown once, to hand over. The
// server checks the fields and names the one it refuses.
import { useState, type FormEvent } from "react";
import { Button } from "../../../components/Button.tsx";
import { CopyButton } from "../../../components/CopyButton.tsx";
import { InfoDialog } from "../../../components/InfoDialog.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { apiErrorOf } from "../../../lib/http.ts";
import { handledReverification } from "../../../stores/session.ts";
import { createUser } from "../api.ts";

type Created = { id: string; email: string; temporaryPassword: string | undefined };

export function NewUserDialog(props: {
  open: boolean;
  onClose: () => void;
  onOpenUser: (id: string) => void;
}) {
  const [form, setForm] = useState({ email: "", firstName: "", lastName: "", invite: true });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: string | undefined; message: string }>();
  const [created, setCreated] = useState<Created>();

  const close = () => {
    setForm({ email: "", firstName: "", lastName: "", invite: true });
    setError(undefined);
    setCreated(undefined);
    props.onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const result = await createUser(form);
      setCreated({
        id: result.user.id,
        email: result.user.email,
        temporaryPassword: result.temporaryPassword,
      });
    } catch (caught) {
      if (!handledReverification(caught)) {
        const failure = apiErrorOf(caught);
        setError({ field: failure.field, message: failure.message });
      }
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (name: string) => (error?.field === name ? error.message : undefined);

  if (created !== undefined) {
    return (
      <InfoDialog
        title="User created"
        open={props.open}
        onClose={close}
        actions={<Button onClick={() => props.onOpenUser(created.id)}>Open user</Button>}
      >
        {created.temporaryPassword === undefined ? (
          <p>
            {created.email} got an invitation mail. Its link works for three days and lets them
            choose their own password.
          </p>
        ) : (
          <div className="console-secret">
            <span>
              Temporary password for {created.email}, shown once:{" "}
              <code>{created.temporaryPassword}</code>
            </span>
            <CopyButton value={created.temporaryPassword} label="Copy password" />
          </div>
        )}
      </InfoDialog>
    );
  }
  return (
    <InfoDialog
      title="New user"
      open={props.open}
      onClose={close}
      actions={
        <>
          <Button variant="secondary" onClick={close} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" form="new-user-form" busy={busy} busyLabel="Creating…">
            Create user
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
          label="Company email"
          type="email"
          value={form.email}
          error={fieldError("email")}
          onChange={(event) => setForm({ ...form, email: event.target.value })}
        />
        <TextField
          label="First name"
          value={form.firstName}
          error={fieldError("firstName")}
          onChange={(event) => setForm({ ...form, firstName: event.target.value })}
        />
        <TextField
          label="Last name"
          value={form.lastName}
          error={fieldError("lastName")}
          onChange={(event) => setForm({ ...form, lastName: event.target.value })}
        />
        <label className="console-check">
          <input
            type="checkbox"
            checked={form.invite}
            onChange={(event) => setForm({ ...form, invite: event.target.checked })}
          />
          Send an invitation mail (otherwise you get a temporary password to hand over)
        </label>
        {error !== undefined && !["email", "firstName", "lastName"].includes(error.field ?? "") && (
          <p className="field-error" role="alert">
            {error.message}
          </p>
        )}
      </form>
    </InfoDialog>
  );
}
