// Request and response shapes of the sign-in routes.
import { Type } from "typebox";
import { maxPasswordBytes } from "../auth/password.ts";
import { EmailAddress } from "./common.ts";

export const IdentifyBody = Type.Object(
  {
    email: EmailAddress,
    /** The login page's User portal / Admin portal switch; the admin portal needs the admin role. */
    portal: Type.Optional(Type.Union([Type.Literal("user"), Type.Literal("admin")])),
  },
  { additionalProperties: false },
);

// maxLength counts UTF-16 code units; the byte bound is checked again in the route.
export const PasswordBody = Type.Object(
  { password: Type.String({ minLength: 1, maxLength: maxPasswordBytes }) },
  { additionalProperties: false },
);

export const NextStep = Type.Object({
  next: Type.Union([
    Type.Literal("password"),
    Type.Literal("done"),
    Type.Literal("change_password"),
  ]),
});

export const SessionIdentity = Type.Object({
  email: Type.String(),
  displayName: Type.String(),
  reverificationRequired: Type.Boolean(),
});
