// Request and response shapes of the password policy checklist and password change.
import { Type, type Static } from "typebox";
import { maxPasswordBytes } from "../lib/limits.ts";
import { Text } from "./strings.ts";

const Password = Text({ minLength: 1, maxLength: maxPasswordBytes });

export const PasswordRules = Type.Object({
  rules: Type.Array(
    Type.Object({
      id: Type.String(),
      label: Type.String(),
      met: Type.Union([Type.Boolean(), Type.Null()]),
      /** The rule's number (minimum or maximum length, history count), for the portal's words. */
      value: Type.Optional(Type.Integer()),
    }),
  ),
  /** Days a password lasts; null when passwords do not expire (the default). */
  maxAgeDays: Type.Union([Type.Integer(), Type.Null()]),
});
export type PasswordRules = Static<typeof PasswordRules>;

export const CheckPasswordBody = Type.Object(
  {
    password: Text({ maxLength: maxPasswordBytes }),
    /** On the reset page there is no session; the link says whose name to keep out. */
    resetToken: Type.Optional(Text({ maxLength: 100 })),
  },
  { additionalProperties: false },
);
export type CheckPasswordBody = Static<typeof CheckPasswordBody>;

export const ChangePasswordBody = Type.Object(
  { currentPassword: Password, newPassword: Password },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;
