// Request and response shapes of forgot-password and reset-password.
import { Type } from "typebox";
import { maxPasswordBytes } from "../auth/password.ts";
import { SecondFactorCode } from "./mfa.ts";
import { EmailAddress } from "./common.ts";
import { Text } from "./strings.ts";

export const ForgotPasswordBody = Type.Object(
  { email: EmailAddress },
  { additionalProperties: false },
);

export const ForgotPasswordAnswer = Type.Object({ message: Type.String() });

/** "Is this link still good?", asked when the reset page opens, before anything is typed. */
export const ResetLinkCheckBody = Type.Object(
  { token: Text({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);

export const ResetLinkCheckAnswer = Type.Object({ valid: Type.Literal(true) });

export const ResetPasswordBody = Type.Object(
  {
    token: Text({ minLength: 1, maxLength: 100 }),
    newPassword: Text({ minLength: 1, maxLength: maxPasswordBytes }),
    /** Required when the account has MFA: a TOTP code or a recovery code. */
    code: Type.Optional(SecondFactorCode),
  },
  { additionalProperties: false },
);
