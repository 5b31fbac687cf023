// A new application: its kind (bookmark, SAML from the provider's metadata, OpenID Connect), its
// name and the kind's settings. The server checks everything and saves all or nothing; what it
// refuses is said under the field it names. A confidential client's secret is shown once.
import { useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { CopyButton } from "../../../components/CopyButton.tsx";
import { InfoDialog } from "../../../components/InfoDialog.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { createApp, type AppKind } from "../app-api.ts";
import { createBodyOf, emptyDraft, type AppDraft } from "../app-draft.ts";
import { appFormMessages as f } from "../app-form-messages.ts";
import { appMessages as m } from "../app-messages.ts";
import { consoleMessages } from "../messages.ts";
import { useAction } from "../use-action.ts";
import { useFieldProblems } from "../use-field-problems.ts";
import { ConsoleLink } from "./ConsoleLink.tsx";
import { AppDefinitionFields, definitionFields } from "./AppDefinitionFields.tsx";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";

const kinds: { kind: AppKind; hint: typeof f.samlHint }[] = [
  { kind: "saml", hint: f.samlHint },
  { kind: "oidc", hint: f.oidcHint },
  { kind: "bookmark", hint: f.bookmarkHint },
];

export function NewAppPage({ navigate }: { navigate: (pathname: string) => void }) {
  const intl = useIntl();
  const [draft, setDraft] = useState<AppDraft>(emptyDraft);
  const { run, busy, error } = useAction();
  const [created, setCreated] = useState<{ id: string; clientSecret: string }>();
  const { fieldProblem, formProblem } = useFieldProblems(error, definitionFields);
  const change = (changes: Partial<AppDraft>) =>
    setDraft((current) => ({ ...current, ...changes }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      const result = await createApp(createBodyOf(draft));
      if (result.clientSecret === undefined) {
        navigate(`/admin/apps/${result.app.id}`);
      } else {
        setCreated({ id: result.app.id, clientSecret: result.clientSecret });
      }
    });
  };

  return (
    <>
      <p className="console-back">
        <ConsoleLink href="/admin/apps" navigate={navigate}>
          <FormattedMessage {...m.allApps} />
        </ConsoleLink>
      </p>
      <PageHeader
        title={intl.formatMessage(consoleMessages.newApp)}
        description={intl.formatMessage(f.description)}
      />
      <form className="card console-form" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorAlert message={formProblem} />
        <fieldset className="console-fieldset">
          <legend className="field-label">
            <FormattedMessage {...f.kindLegend} />
          </legend>
          {kinds.map(({ kind, hint }) => (
            <label key={kind} className="console-check">
              <input
                type="radio"
                name="kind"
                value={kind}
                checked={draft.kind === kind}
                onChange={() => change({ kind })}
              />
              <span>
                <strong>
                  <FormattedMessage {...m.kind} values={{ kind }} />
                </strong>
                <span className="console-muted">
                  <FormattedMessage {...hint} />
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <AppDefinitionFields draft={draft} onChange={change} fieldProblem={fieldProblem} />
        <div className="console-form-actions">
          <Button type="submit" busy={busy} busyLabel={intl.formatMessage(f.creating)}>
            <FormattedMessage {...f.create} />
          </Button>
        </div>
      </form>
      {created !== undefined && (
        <InfoDialog
          title={intl.formatMessage(f.secretTitle)}
          open
          onClose={() => navigate(`/admin/apps/${created.id}`)}
          actions={
            <Button onClick={() => navigate(`/admin/apps/${created.id}`)}>
              <FormattedMessage {...f.openApp} />
            </Button>
          }
        >
          <p>
            <FormattedMessage {...f.secretExplains} />
          </p>
          <p className="console-secret">
            <code translate="no">{created.clientSecret}</code>
            <CopyButton value={created.clientSecret} label={intl.formatMessage(m.copySecret)} />
          </p>
        </InfoDialog>
      )}
    </>
  );
}
