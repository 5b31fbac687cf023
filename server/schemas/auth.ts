// Request and response shapes of the sign-in routes.
import { Type, type Static } from "typebox";
import { maxPasswordBytes } from "../lib/limits.ts";
import { EmailAddress } from "./common.ts";
import { SecondFactorCode } from "./mfa.ts";
import { Text } from "./strings.ts";

export const IdentifyBody = Type.Object(
  {
    email: EmailAddress,
    /** The login page's User portal / Admin portal switch; the admin portal needs the admin role. */
    portal: Type.Optional(Type.Union([Type.Literal("user"), Type.Literal("admin")])),
  },
  { additionalProperties: false },
);
export type IdentifyBody = Static<typeof IdentifyBody>;

// maxLength counts UTF-16 code units; the byte bound is checked again in the route.
export const PasswordBody = Type.Object(
  { password: Text({ minLength: 1, maxLength: maxPasswordBytes }) },
  { additionalProperties: false },
);
export type PasswordBody = Static<typeof PasswordBody>;

export const SecondFactorBody = Type.Object(
  { code: SecondFactorCode },
  { additionalProperties: false },
);
export type SecondFactorBody = Static<typeof SecondFactorBody>;

/** Re-verification: the password, plus the second factor when the user has one. */
export const ReverifyBody = Type.Object(
  {
    password: Text({ minLength: 1, maxLength: maxPasswordBytes }),
    code: Type.Optional(SecondFactorCode),
  },
  { additionalProperties: false },
);
export type ReverifyBody = Static<typeof ReverifyBody>;

export const NextStep = Type.Object({
  next: Type.Union([
    Type.Literal("password"),
    /** The password was right; a TOTP or recovery code finishes the sign-in. */
    Type.Literal("mfa"),
    /** The password was right; the user approves on their desktop app (issue 17). */
    Type.Literal("push"),
    Type.Literal("done"),
    Type.Literal("change_password"),
    /** Signed in, but the MFA policy asks this user to set up a factor (maybe skippable). */
    Type.Literal("enroll_mfa"),
  ]),
});
export type NextStep = Static<typeof NextStep>;

export const SessionIdentity = Type.Object({
  email: Type.String(),
  displayName: Type.String(),
  reverificationRequired: Type.Boolean(),
  /** Whether re-verification asks for a second factor after the password. */
  mfa: Type.Boolean(),
});
export type SessionIdentity = Static<typeof SessionIdentity>;
