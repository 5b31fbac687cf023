// The user's profile as the admin edits it: every field, the company email included. Only the
// fields that changed are sent; the server checks them as it checks the user's own edit and
// names the field it refuses, which is shown under that field. Nothing is saved half-way.
import { useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { updateUser, type AdminUserDetail } from "../api.ts";
import { consoleMessages } from "../messages.ts";
import { fieldLabels } from "../profile-field-messages.ts";
import { useAction } from "../use-action.ts";
import { userMessages as m } from "../user-messages.ts";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";

type Profile = AdminUserDetail["profile"];
type FieldName = keyof Profile | "email";

const fields: { name: FieldName; type?: string }[] = [
  { name: "firstName" },
  { name: "lastName" },
  { name: "displayName" },
  { name: "username" },
  { name: "email", type: "email" },
  { name: "jobTitle" },
  { name: "department" },
  { name: "employeeId" },
  { name: "manager" },
  { name: "costCenter" },
  { name: "officeLocation" },
  { name: "startDate", type: "date" },
  { name: "mobilePhone", type: "tel" },
  { name: "workPhone", type: "tel" },
  { name: "personalEmail", type: "email" },
  { name: "homeAddress" },
];

function valuesOf(detail: AdminUserDetail): Record<FieldName, string> {
  return Object.fromEntries(
    fields.map(({ name }) => [
      name,
      name === "email" ? detail.user.email : (detail.profile[name] ?? ""),
    ]),
  ) as Record<FieldName, string>;
}

export function UserProfileForm(props: { detail: AdminUserDetail; onSaved: () => void }) {
  const intl = useIntl();
  const initial = valuesOf(props.detail);
  const [values, setValues] = useState(initial);
  const { run, busy, setError, errorAt, errorBesides } = useAction();
  const changed = fields.filter(({ name }) => values[name] !== initial[name]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      await updateUser(
        props.detail.user.id,
        Object.fromEntries(changed.map(({ name }) => [name, values[name]])),
      );
      props.onSaved();
    });
  };
  const otherError = errorBesides(fields.map(({ name }) => name));

  return (
    <section className="card" aria-labelledby="section-profile">
      <h2 id="section-profile" className="card-title">
        <FormattedMessage {...m.profileTitle} />
      </h2>
      <form className="console-form" onSubmit={(event) => void save(event)} noValidate>
        <div className="console-form-grid">
          {fields.map(({ name, type }) => (
            <TextField
              key={name}
              label={intl.formatMessage(fieldLabels[name])}
              name={name}
              type={type ?? "text"}
              value={values[name]}
              error={errorAt(name)}
              onChange={(event) => setValues({ ...values, [name]: event.target.value })}
            />
          ))}
        </div>
        <ErrorAlert message={otherError} />
        <div className="console-form-actions">
          <Button
            type="submit"
            busy={busy}
            busyLabel={intl.formatMessage(consoleMessages.saving)}
            disabled={changed.length === 0}
          >
            <FormattedMessage {...m.saveProfile} />
          </Button>
          <Button
            variant="secondary"
            disabled={changed.length === 0 || busy}
            onClick={() => {
              setValues(initial);
              setError(undefined);
            }}
          >
            <FormattedMessage {...m.discardChanges} />
          </Button>
        </div>
      </form>
    </section>
  );
}
