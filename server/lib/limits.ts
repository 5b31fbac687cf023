// Limits and vocabularies shared by the domain checks and the TypeBox schemas the portal UI also
// compiles (server/schemas/), so this file uses no Node APIs and imports nothing.

/** Longer passwords are refused before hashing, so nobody can make us hash megabytes. */
export const maxPasswordBytes = 1024;

// The app catalog: URLs, icons, SAML attributes and name ID formats, OIDC scopes.

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
