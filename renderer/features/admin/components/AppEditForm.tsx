// Changing an existing app's definition: its name, notes, MFA and the kind's sign-in settings, in
// the fields the new-app form uses. The server checks the whole change and saves all of it or
// nothing; what it refuses is said under the field it names, and the admin's edits stay in place.
import { useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { changeApp, type AdminApp, type AppAnnouncement } from "../app-api.ts";
import { changeBodyOf, draftOf, type AppDraft } from "../app-draft.ts";
import { appFormMessages as f } from "../app-form-messages.ts";
import { useAction } from "../use-action.ts";
import { useFieldProblems } from "../use-field-problems.ts";
import { AppDefinitionFields, definitionFields } from "./AppDefinitionFields.tsx";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";

export function AppEditForm(props: {
  app: AdminApp;
  onSaved: (announcement: AppAnnouncement) => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const [draft, setDraft] = useState<AppDraft>(() => draftOf(props.app));
  const { run, busy, error } = useAction();
  const { fieldProblem, formProblem } = useFieldProblems(error, definitionFields);
  const change = (changes: Partial<AppDraft>) =>
    setDraft((current) => ({ ...current, ...changes }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      const saved = await changeApp(props.app.id, changeBodyOf(draft, props.app));
      props.onSaved({ message: f.saved, name: saved.displayName });
    });
  };

  return (
    <section className="card" aria-labelledby="section-app-edit">
      <h2 id="section-app-edit" className="card-title">
        <FormattedMessage {...f.editTitle} />
      </h2>
      <p className="card-note">
        <FormattedMessage {...f.editExplains} />
      </p>
      <form className="console-form" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorAlert message={formProblem} />
        <AppDefinitionFields draft={draft} onChange={change} fieldProblem={fieldProblem} existing />
        <div className="console-form-actions">
          <Button type="submit" busy={busy} busyLabel={intl.formatMessage(f.saving)}>
            <FormattedMessage {...f.save} />
          </Button>
          <Button variant="secondary" onClick={props.onCancel}>
            <FormattedMessage {...f.cancel} />
          </Button>
        </div>
      </form>
    </section>
  );
}
