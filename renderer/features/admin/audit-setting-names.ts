// The names of what an audit line records, in the reader's language: a policy's settings by the
// labels the Policies page uses, profile fields by theirs, an app's and other records' settings
// from the list below. A name not listed reads as the recorded key in plain words.
import type { IntlShape, MessageDescriptor } from "react-intl";
import { defineMessages } from "../../../locales/define-messages.ts";
import { policySections } from "./policy-settings.ts";
import { fieldLabels } from "./profile-field-messages.ts";

const recordedNames: Record<string, MessageDescriptor> = defineMessages({
  notes: {
    id: "admin.audit.setting.notes",
    defaultMessage: "Notes",
    description: "An app's notes",
  },
  requireMfa: {
    id: "admin.audit.setting.requireMfa",
    defaultMessage: "Requires MFA",
    description: "Whether an app asks for MFA at launch",
  },
  icon: { id: "admin.audit.setting.icon", defaultMessage: "Icon", description: "An app's icon" },
  url: { id: "admin.audit.setting.url", defaultMessage: "URL", description: "An address" },
  entityId: {
    id: "admin.audit.setting.entityId",
    defaultMessage: "Entity ID",
    description: "A SAML service provider's entity ID; keep the SAML term",
  },
  acsUrl: {
    id: "admin.audit.setting.acsUrl",
    defaultMessage: "ACS URL",
    description: "A SAML service provider's assertion consumer service URL; keep the SAML term",
  },
  nameIdFormat: {
    id: "admin.audit.setting.nameIdFormat",
    defaultMessage: "NameID format",
    description: "SAML NameID format; keep the SAML term",
  },
  attributes: {
    id: "admin.audit.setting.attributes",
    defaultMessage: "Attributes",
    description: "The SAML attributes an app receives",
  },
  certificate: {
    id: "admin.audit.setting.certificate",
    defaultMessage: "Certificate",
    description: "A SAML service provider's signing certificate",
  },
  redirectUris: {
    id: "admin.audit.setting.redirectUris",
    defaultMessage: "Redirect URIs",
    description: "An OpenID Connect client's redirect URIs",
  },
  initiateLoginUri: {
    id: "admin.audit.setting.initiateLoginUri",
    defaultMessage: "Login initiation URI",
    description: "An OpenID Connect client's initiate_login_uri",
  },
  scopes: {
    id: "admin.audit.setting.scopes",
    defaultMessage: "Scopes",
    description: "OAuth scopes",
  },
  tokenEndpointAuthMethod: {
    id: "admin.audit.setting.tokenEndpointAuthMethod",
    defaultMessage: "Client authentication",
    description: "How an OpenID Connect client authenticates at the token endpoint",
  },
  idTokenSigningAlg: {
    id: "admin.audit.setting.idTokenSigningAlg",
    defaultMessage: "ID token algorithm",
    description: "The algorithm that signs an OpenID Connect client's ID tokens",
  },
  status: {
    id: "admin.audit.setting.status",
    defaultMessage: "Status",
    description: "An account's status (active, disabled)",
  },
  role: {
    id: "admin.audit.setting.role",
    defaultMessage: "Role",
    description: "An account's role (user, admin)",
  },
  name: { id: "admin.audit.setting.name", defaultMessage: "Name", description: "A record's name" },
  label: {
    id: "admin.audit.setting.label",
    defaultMessage: "Label",
    description: "An enrollment token's label",
  },
  events: {
    id: "admin.audit.setting.events",
    defaultMessage: "Events",
    description: "The events a webhook receives",
  },
  validDays: {
    id: "admin.audit.setting.validDays",
    defaultMessage: "Valid for (days)",
    description: "How many days a token is valid",
  },
  kind: {
    id: "admin.audit.setting.kind",
    defaultMessage: "Policy",
    description: "Which policy an audit line is about",
  },
});

const profileNames: Record<string, MessageDescriptor> = fieldLabels;

/** "displayName" → "display name": a key nobody named, in plain words. */
const plainWords = (key: string) => key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

/** The name of a setting `key` of the audit line whose details are `details`. */
export function auditSettingName(
  intl: IntlShape,
  details: Record<string, unknown>,
  key: string,
): string {
  const policy = policySections.find((section) => section.kind === details.kind);
  const label =
    policy?.settings.find((setting) => setting.key === key)?.label ??
    (Object.hasOwn(profileNames, key) ? profileNames[key] : undefined) ??
    (Object.hasOwn(recordedNames, key) ? recordedNames[key] : undefined);
  return label === undefined ? plainWords(key) : intl.formatMessage(label);
}
