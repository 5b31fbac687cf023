// Limits and vocabularies of the app catalog, shared by the validation (app-validation.ts) and the
// TypeBox schemas the portal UI also type-checks against, so this file uses no Node APIs.

export const maxUrlLength = 2048;

export const iconTypes = ["image/png", "image/jpeg", "image/webp"] as const;
export type IconType = (typeof iconTypes)[number];
export const maxIconBytes = 64 * 1024;

/** Fields of the user a SAML attribute may carry. */
export const userAttributeFields = [
  "email",
  "firstName",
  "lastName",
  "displayName",
  "username",
  "department",
  "jobTitle",
  "employeeId",
] as const;
export type UserAttributeField = (typeof userAttributeFields)[number];

export const nameIdFormats = {
  emailAddress: "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
  persistent: "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
  unspecified: "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",
} as const;
export type NameIdFormat = keyof typeof nameIdFormats;

/** OIDC scopes an app may ask for; anything else is refused at registration. */
export const supportedScopes = ["openid", "profile", "email"] as const;
