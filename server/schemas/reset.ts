// Request and response shapes of forgot-password and reset-password.
import { Type, type Static } from "typebox";
import { maxPasswordBytes } from "../lib/limits.ts";
import { SecondFactorCode } from "./mfa.ts";
import { EmailAddress } from "./common.ts";

export const ForgotPasswordBody = Type.Object(
  { email: EmailAddress },
  { additionalProperties: false },
);
export type ForgotPasswordBody = Static<typeof ForgotPasswordBody>;

export const ForgotPasswordAnswer = Type.Object({ message: Type.String() });
export type ForgotPasswordAnswer = Static<typeof ForgotPasswordAnswer>;

export const ResetPasswordBody = Type.Object(
  {
    token: Type.String({ minLength: 1, maxLength: 100 }),
    newPassword: Type.String({ minLength: 1, maxLength: maxPasswordBytes }),
    /** Required when the account has MFA: a TOTP code or a recovery code. */
    code: Type.Optional(SecondFactorCode),
  },
  { additionalProperties: false },
);
export type ResetPasswordBody = Static<typeof ResetPasswordBody>;
