// An OpenID Connect app's settings in the new-app form: redirect URIs (exact match, one a line),
// the login initiation URI the portal launches it through, and whether it gets a secret.
import { FormattedMessage, useIntl } from "react-intl";
import { TextField } from "../../../components/TextField.tsx";
import type { AppDraft } from "../app-draft.ts";
import { appFormMessages as f } from "../app-form-messages.ts";
import { TextAreaField } from "./TextAreaField.tsx";

export function OidcFields(props: {
  draft: AppDraft;
  onChange: (changes: Partial<AppDraft>) => void;
  fieldProblem: (field: string) => string | undefined;
}) {
  const intl = useIntl();
  const { draft, onChange, fieldProblem } = props;
  return (
    <>
      <TextAreaField
        label={intl.formatMessage(f.redirectUris)}
        rows={3}
        value={draft.redirectUris}
        error={fieldProblem("oidc.redirectUris")}
        onChange={(event) => onChange({ redirectUris: event.target.value })}
      />
      <TextField
        label={intl.formatMessage(f.initiateLoginUri)}
        type="url"
        value={draft.initiateLoginUri}
        error={fieldProblem("oidc.initiateLoginUri")}
        onChange={(event) => onChange({ initiateLoginUri: event.target.value })}
      />
      <label className="console-check">
        <input
          type="checkbox"
          checked={draft.confidential}
          onChange={(event) => onChange({ confidential: event.target.checked })}
        />
        <FormattedMessage {...f.confidential} />
      </label>
    </>
  );
}
