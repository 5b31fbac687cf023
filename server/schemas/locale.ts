// The language settings the portal reads and writes (docs/design.md §10).
import { Type, type Static } from "typebox";

/** The shipped locales (locales/locales.ts `supportedLocales`; a test keeps the two equal). */
export const LocaleCode = Type.Union([Type.Literal("en"), Type.Literal("de"), Type.Literal("ar")]);
export type LocaleCode = Static<typeof LocaleCode>;

/** PUT /api/me/locale: the user's choice, or null to follow the browser again. */
export const LocaleChoiceBody = Type.Object(
  { locale: Type.Union([LocaleCode, Type.Null()]) },
  { additionalProperties: false },
);
export type LocaleChoiceBody = Static<typeof LocaleChoiceBody>;

/** GET /api/locale: the organization's default, for a browser that asks for no shipped language. */
export const OrganizationLocale = Type.Object({ defaultLocale: LocaleCode });
export type OrganizationLocale = Static<typeof OrganizationLocale>;
