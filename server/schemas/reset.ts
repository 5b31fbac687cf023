// Request and response shapes of forgot-password and reset-password.
import { Type, type Static } from "typebox";
import { maxPasswordBytes } from "../lib/limits.ts";
import { SecondFactorCode } from "./mfa.ts";
import { EmailAddress } from "./common.ts";
import { Text } from "./strings.ts";

export const ForgotPasswordBody = Type.Object(
  { email: EmailAddress },
  { additionalProperties: false },
);
export type ForgotPasswordBody = Static<typeof ForgotPasswordBody>;

export const ForgotPasswordAnswer = Type.Object({ message: Type.String() });
export type ForgotPasswordAnswer = Static<typeof ForgotPasswordAnswer>;

/** "Is this link still good?", asked when the reset page opens, before anything is typed. */
export const ResetLinkCheckBody = Type.Object(
  { token: Text({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);
export type ResetLinkCheckBody = Static<typeof ResetLinkCheckBody>;

export const ResetLinkCheckAnswer = Type.Object({ valid: Type.Literal(true) });
export type ResetLinkCheckAnswer = Static<typeof ResetLinkCheckAnswer>;

export const ResetPasswordBody = Type.Object(
  {
    token: Text({ minLength: 1, maxLength: 100 }),
    newPassword: Text({ minLength: 1, maxLength: maxPasswordBytes }),
    /** Required when the account has MFA: a TOTP code or a recovery code. */
    code: Type.Optional(SecondFactorCode),
  },
  { additionalProperties: false },
);
export type ResetPasswordBody = Static<typeof ResetPasswordBody>;
