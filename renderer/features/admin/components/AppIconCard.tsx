// An app's icon: upload a PNG, JPEG or WebP (the server sniffs the bytes and refuses anything
// else, SVG included, over 64 KiB) or remove it so the portal shows initials.
import { useId } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import {
  changeApp,
  fileAsBase64,
  iconUrl,
  type AdminApp,
  type AppAnnouncement as Announcement,
} from "../app-api.ts";
import { appAccessMessages as m } from "../app-access-messages.ts";
import { useAction } from "../use-action.ts";
import { useFieldProblems } from "../use-field-problems.ts";

/** What the server accepts; anything else it refuses on the field with its reason. */
const iconTypes = ["image/png", "image/jpeg", "image/webp"];

export function AppIconCard(props: { app: AdminApp; onDone: (done: Announcement) => void }) {
  const { app } = props;
  const intl = useIntl();
  const fileId = useId();
  const { run, busy, error } = useAction();
  const { fieldProblem, formProblem } = useFieldProblems(error, ["icon"]);
  const problem = fieldProblem("icon") ?? formProblem;

  const save = (icon: { type: string; base64: string } | null) =>
    run(async () => {
      // The declared type is the browser's guess; the server decides by the bytes.
      // (The schema's union of icon types reads as `never` to TypeScript, hence the cast.)
      await changeApp(app.id, { icon: icon as never });
      props.onDone({ message: icon === null ? m.iconRemoved : m.iconSaved });
    });
  const upload = async (file: File | undefined) => {
    if (file !== undefined) {
      await save({ type: file.type, base64: await fileAsBase64(file) });
    }
  };

  return (
    <section className="card" aria-labelledby="section-app-icon">
      <h2 id="section-app-icon" className="card-title">
        <FormattedMessage {...m.iconTitle} />
      </h2>
      {app.hasIcon && (
        <img
          className="console-app-icon"
          src={iconUrl(app.id, app.updatedAt)}
          alt={intl.formatMessage(m.currentIcon)}
          width={48}
          height={48}
        />
      )}
      <div className="field">
        <label className="field-label" htmlFor={fileId}>
          <FormattedMessage {...m.uploadIcon} />
        </label>
        <input
          id={fileId}
          type="file"
          className="console-file"
          accept={iconTypes.join(",")}
          disabled={busy}
          aria-invalid={problem !== undefined || undefined}
          aria-describedby={`${fileId}-hint${problem === undefined ? "" : ` ${fileId}-error`}`}
          onChange={(event) => void upload(event.target.files?.[0])}
        />
        <p className="field-hint" id={`${fileId}-hint`}>
          <FormattedMessage {...m.iconHint} />
        </p>
        {problem !== undefined && (
          <p className="field-error" id={`${fileId}-error`}>
            {problem}
          </p>
        )}
      </div>
      {app.hasIcon && (
        <div className="console-actions">
          <Button variant="secondary" busy={busy} onClick={() => void save(null)}>
            <FormattedMessage {...m.removeIcon} />
          </Button>
        </div>
      )}
    </section>
  );
}
