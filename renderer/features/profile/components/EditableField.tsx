// One profile row: shows the value; a click turns it into an input with Save and Cancel.
// Read-only rows (company email, or everything when the admin manages profiles) never do.
import { useState, type FormEvent } from "react";
import { Button } from "../../../components/Button.tsx";
import { LockIcon, PencilIcon } from "../../../components/StatusIcons.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { type ApiError, apiErrorOf } from "../../../lib/http.ts";
import type { Me } from "../../../lib/types.ts";
import { saveProfileField, type ProfileField } from "../api.ts";
import { profileProblem } from "../validation.ts";

export type FieldSpec = {
  label: string;
  value: string | null;
  display?: string | null;
  field?: ProfileField; // absent: never editable
  type?: "text" | "email" | "tel" | "date";
};

export function EditableField(props: {
  spec: FieldSpec;
  editable: boolean;
  onSaved: (me: Me) => void;
  onError: (error: ApiError) => boolean;
}) {
  const { spec } = props;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(spec.value ?? "");
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const shown = spec.display ?? spec.value;
  const empty = shown === null || shown === "";
  const canEdit = props.editable && spec.field !== undefined;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (spec.field === undefined) {
      return;
    }
    const local = profileProblem(spec.field, draft);
    if (local !== undefined) {
      setProblem(local);
      return;
    }
    setBusy(true);
    try {
      props.onSaved(await saveProfileField(spec.field, draft));
      setEditing(false);
      setProblem(undefined);
    } catch (error) {
      if (!props.onError(apiErrorOf(error))) {
        setProblem(apiErrorOf(error).message);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="edit-row">
      <span className="edit-row-label">{spec.label}</span>
      {editing ? (
        <form className="edit-form" onSubmit={(event) => void save(event)} noValidate>
          <TextField
            label={spec.label}
            type={spec.type ?? "text"}
            value={draft}
            autoFocus
            maxLength={spec.field === "homeAddress" ? 500 : 254}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Escape") {
                setEditing(false);
                setProblem(undefined);
              }
            }}
            error={problem}
          />
          <div className="form-actions">
            <Button type="submit" busy={busy} busyLabel="Saving…">
              Save
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setEditing(false);
                setProblem(undefined);
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      ) : canEdit ? (
        <button
          type="button"
          className="edit-value"
          aria-label={`${spec.label}: ${empty ? "not set" : shown}. Edit`}
          onClick={() => {
            setDraft(spec.value ?? "");
            setEditing(true);
          }}
        >
          <span className={empty ? "detail-empty" : undefined}>{empty ? "Not set" : shown}</span>
          <PencilIcon />
        </button>
      ) : (
        <span className="edit-value">
          <span className={empty ? "detail-empty" : undefined}>{empty ? "Not set" : shown}</span>
          <span title="Managed by your organization">
            <LockIcon />
          </span>
        </span>
      )}
    </div>
  );
}
