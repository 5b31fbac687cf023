// The user's profile as the admin edits it: every field, the company email included. Only the
// fields that changed are sent; the server checks them as it checks the user's own edit and
// names the field it refuses, which is shown under that field. Nothing is saved half-way.
import { useState, type FormEvent } from "react";
import { Button } from "../../../components/Button.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { apiErrorOf } from "../../../lib/http.ts";
import { handledReverification } from "../../../stores/session.ts";
import { updateUser, type AdminUserDetail } from "../api.ts";

type Profile = AdminUserDetail["profile"];
type FieldName = keyof Profile | "email";

const fields: { name: FieldName; label: string; type?: string }[] = [
  { name: "firstName", label: "First name" },
  { name: "lastName", label: "Last name" },
  { name: "displayName", label: "Display name" },
  { name: "username", label: "Username" },
  { name: "email", label: "Company email", type: "email" },
  { name: "jobTitle", label: "Job title" },
  { name: "department", label: "Department" },
  { name: "employeeId", label: "Employee ID" },
  { name: "manager", label: "Manager" },
  { name: "costCenter", label: "Cost center" },
  { name: "officeLocation", label: "Office location" },
  { name: "startDate", label: "Start date", type: "date" },
  { name: "mobilePhone", label: "Mobile phone", type: "tel" },
  { name: "workPhone", label: "Work phone", type: "tel" },
  { name: "personalEmail", label: "Personal email", type: "email" },
  { name: "homeAddress", label: "Home address" },
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
  const initial = valuesOf(props.detail);
  const [values, setValues] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: string | undefined; message: string }>();
  const changed = fields.filter(({ name }) => values[name] !== initial[name]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await updateUser(
        props.detail.user.id,
        Object.fromEntries(changed.map(({ name }) => [name, values[name]])),
      );
      props.onSaved();
    } catch (caught) {
      if (!handledReverification(caught)) {
        const failure = apiErrorOf(caught);
        setError({ field: failure.field, message: failure.message });
      }
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (name: FieldName) =>
    error !== undefined && error.field === name ? error.message : undefined;
  const otherError =
    error !== undefined && !fields.some(({ name }) => name === error.field)
      ? error.message
      : undefined;

  return (
    <section className="card" aria-labelledby="section-profile">
      <h2 id="section-profile" className="card-title">
        Profile
      </h2>
      <form className="console-form" onSubmit={(event) => void save(event)} noValidate>
        <div className="console-form-grid">
          {fields.map(({ name, label, type }) => (
            <TextField
              key={name}
              label={label}
              name={name}
              type={type ?? "text"}
              value={values[name]}
              error={fieldError(name)}
              onChange={(event) => setValues({ ...values, [name]: event.target.value })}
            />
          ))}
        </div>
        {otherError !== undefined && (
          <p className="field-error" role="alert">
            {otherError}
          </p>
        )}
        <div className="console-form-actions">
          <Button type="submit" busy={busy} busyLabel="Saving…" disabled={changed.length === 0}>
            Save profile
          </Button>
          <Button
            variant="secondary"
            disabled={changed.length === 0 || busy}
            onClick={() => {
              setValues(initial);
              setError(undefined);
            }}
          >
            Discard changes
          </Button>
        </div>
      </form>
    </section>
  );
}
