// The fields of an app's definition, shared by the new-app form and the app page's edit form: its
// name, the kind's sign-in settings, notes and whether it asks for MFA. Each shows the problem the
// server named for it.
import { FormattedMessage, useIntl } from "react-intl";
import { TextField } from "../../../components/TextField.tsx";
import type { AppDraft } from "../app-draft.ts";
import { appFormMessages as f } from "../app-form-messages.ts";
import { OidcFields } from "./OidcFields.tsx";
import { SamlFields } from "./SamlFields.tsx";

/** Every field these show, by the name the server gives it in a refusal. */
export const definitionFields = [
  "displayName",
  "notes",
  "bookmark.url",
  "saml.entityId",
  "saml.acsUrl",
  "saml.certificate",
  "oidc.redirectUris",
  "oidc.initiateLoginUri",
  "oidc.tokenEndpointAuthMethod",
  "oidc.idTokenSigningAlg",
  "oidc.scopes",
];

export function AppDefinitionFields(props: {
  draft: AppDraft;
  onChange: (changes: Partial<AppDraft>) => void;
  fieldProblem: (field: string) => string | undefined;
  /** An existing app: its client type is fixed, its token and signing options can change. */
  existing?: boolean;
}) {
  const intl = useIntl();
  const { draft, onChange, fieldProblem } = props;
  return (
    <>
      <TextField
        label={intl.formatMessage(f.name)}
        value={draft.displayName}
        error={fieldProblem("displayName")}
        onChange={(event) => onChange({ displayName: event.target.value })}
      />
      {draft.kind === "bookmark" && (
        <TextField
          label={intl.formatMessage(f.url)}
          type="url"
          value={draft.url}
          error={fieldProblem("bookmark.url")}
          onChange={(event) => onChange({ url: event.target.value })}
        />
      )}
      {draft.kind === "saml" && (
        <SamlFields draft={draft} onChange={onChange} fieldProblem={fieldProblem} />
      )}
      {draft.kind === "oidc" && (
        <OidcFields
          draft={draft}
          onChange={onChange}
          fieldProblem={fieldProblem}
          existing={props.existing === true}
        />
      )}
      <TextField
        label={intl.formatMessage(f.notes)}
        value={draft.notes}
        error={fieldProblem("notes")}
        onChange={(event) => onChange({ notes: event.target.value })}
      />
      <label className="console-check">
        <input
          type="checkbox"
          checked={draft.requireMfa}
          onChange={(event) => onChange({ requireMfa: event.target.checked })}
        />
        <FormattedMessage {...f.requireMfa} />
      </label>
    </>
  );
}
