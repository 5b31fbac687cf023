// An OpenID Connect app's settings in the app forms: redirect URIs (exact match, one a line), the
// login initiation URI the portal launches it through, and — new — whether it gets a secret, or —
// existing — how it authenticates at the token endpoint, its ID token algorithm and its scopes.
import { FormattedMessage, useIntl } from "react-intl";
import { TextField } from "../../../components/TextField.tsx";
import type { AppDraft } from "../app-draft.ts";
import { appFormMessages as f } from "../app-form-messages.ts";
import { SelectField } from "./SelectField.tsx";
import { TextAreaField } from "./TextAreaField.tsx";

export function OidcFields(props: {
  draft: AppDraft;
  onChange: (changes: Partial<AppDraft>) => void;
  fieldProblem: (field: string) => string | undefined;
  existing: boolean;
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
      {!props.existing && (
        <label className="console-check">
          <input
            type="checkbox"
            checked={draft.confidential}
            onChange={(event) => onChange({ confidential: event.target.checked })}
          />
          <FormattedMessage {...f.confidential} />
        </label>
      )}
      {props.existing && draft.confidential && (
        <SelectField
          label={intl.formatMessage(f.tokenEndpointAuthMethod)}
          value={draft.tokenEndpointAuthMethod}
          error={fieldProblem("oidc.tokenEndpointAuthMethod")}
          options={[
            { value: "client_secret_basic", label: intl.formatMessage(f.authBasic) },
            { value: "client_secret_post", label: intl.formatMessage(f.authPost) },
          ]}
          onChange={(value) =>
            onChange({ tokenEndpointAuthMethod: value as AppDraft["tokenEndpointAuthMethod"] })
          }
        />
      )}
      {props.existing && (
        <>
          <SelectField
            label={intl.formatMessage(f.idTokenSigningAlg)}
            value={draft.idTokenSigningAlg}
            error={fieldProblem("oidc.idTokenSigningAlg")}
            options={[
              { value: "ES256", label: "ES256" },
              { value: "RS256", label: "RS256" },
            ]}
            onChange={(value) =>
              onChange({ idTokenSigningAlg: value as AppDraft["idTokenSigningAlg"] })
            }
          />
          <TextField
            label={intl.formatMessage(f.scopes)}
            value={draft.scopes}
            dir="ltr"
            error={fieldProblem("oidc.scopes")}
            onChange={(event) => onChange({ scopes: event.target.value })}
          />
        </>
      )}
    </>
  );
}
