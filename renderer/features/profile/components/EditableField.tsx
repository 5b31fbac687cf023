// One profile row: shows the value; a click turns it into an input with Save and Cancel.
// Read-only rows (company email, or everything when the admin manages profiles) never do.
// After Save or Cancel, focus returns to the row's button, and a save is announced politely.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { commonMessages } from "../../../components/messages.ts";
import { CheckIcon, LockIcon, PencilIcon } from "../../../components/StatusIcons.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { useProblemText, type Problem } from "../../../lib/error-messages.ts";
import { type ApiError, apiErrorOf } from "../../../lib/http.ts";
import type { Me } from "../../../lib/types.ts";
import { saveProfileField, type ProfileField } from "../api.ts";
import { profileMessages as m } from "../messages.ts";
import { profileProblem } from "../validation.ts";

export type FieldSpec = {
  label: MessageDescriptor;
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
  /** Says something in the page's polite live region. */
  onAnnounce: (field: MessageDescriptor) => void;
}) {
  const { spec } = props;
  const intl = useIntl();
  const showProblem = useProblemText();
  const label = intl.formatMessage(spec.label);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(spec.value ?? "");
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  // Focus goes back to the row's button when the form closes by Save, Cancel or Escape.
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const shown = spec.display ?? spec.value;

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const close = () => {
    returnFocus.current = true;
    setEditing(false);
    setProblem(undefined);
  };
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
      close();
      setSaved(true);
      props.onAnnounce(spec.label);
    } catch (error) {
      if (!props.onError(apiErrorOf(error))) {
        setProblem(apiErrorOf(error));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="edit-row">
      <span className="edit-row-label">{label}</span>
      {editing ? (
        <form className="edit-form" onSubmit={(event) => void save(event)} noValidate>
          <TextField
            label={label}
            type={spec.type ?? "text"}
            value={draft}
            autoFocus
            maxLength={spec.field === "homeAddress" ? 500 : 254}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Escape") {
                close();
              }
            }}
            error={showProblem(problem)}
          />
          <div className="form-actions">
            <Button type="submit" busy={busy} busyLabel={intl.formatMessage(m.saving)}>
              <FormattedMessage {...m.save} />
            </Button>
            <Button variant="secondary" onClick={close}>
              <FormattedMessage {...commonMessages.cancel} />
            </Button>
          </div>
        </form>
      ) : canEdit ? (
        <button
          ref={editButton}
          type="button"
          className="edit-value"
          // Holds every word the button shows (WCAG 2.5.3), "Saved" too after a save.
          aria-label={intl.formatMessage(m.editLabel, {
            field: label,
            empty: empty ? "yes" : "no",
            value: shown ?? "",
            saved: saved ? "yes" : "no",
          })}
          onClick={() => {
            setDraft(spec.value ?? "");
            setSaved(false);
            setEditing(true);
          }}
        >
          {empty ? (
            <span className="detail-empty">
              <FormattedMessage {...m.notSet} />
            </span>
          ) : (
            <span translate="no" dir="auto">
              {shown}
            </span>
          )}
          {saved ? (
            <span className="edit-saved">
              <CheckIcon /> <FormattedMessage {...m.savedBadge} />
            </span>
          ) : (
            <PencilIcon />
          )}
        </button>
      ) : (
        <span className="edit-value">
          {empty ? (
            <span className="detail-empty">
              <FormattedMessage {...m.notSet} />
            </span>
          ) : (
            <span translate="no" dir="auto">
              {shown}
            </span>
          )}
          <span title={intl.formatMessage(m.managed)}>
            <LockIcon />
          </span>
        </span>
      )}
    </div>
  );
}
