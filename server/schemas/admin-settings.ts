// Request and response shapes of the console's Settings: the SSO keys with their state, and the
// mail relay test (GET /api/admin/sso-keys, POST /api/admin/settings/mail-test).
import { Type, type Static } from "typebox";
import { EmailAddress } from "./common.ts";

export const SsoKeyList = Type.Object({
  keys: Type.Array(
    Type.Object({
      id: Type.String(),
      purpose: Type.Union([
        Type.Literal("oidc-signing"),
        Type.Literal("saml-signing"),
        Type.Literal("oidc-cookie"),
      ]),
      algorithm: Type.String(),
      createdAt: Type.String({ format: "date-time" }),
      /** Active keys sign; retired ones stay published so what they signed still verifies. */
      state: Type.Union([Type.Literal("active"), Type.Literal("retired")]),
      retiredAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
    }),
  ),
});
export type SsoKeyList = Static<typeof SsoKeyList>;

export const MailTestBody = Type.Object(
  /** Absent: the signed-in admin's own address. */
  { to: Type.Optional(EmailAddress) },
  { additionalProperties: false },
);
export type MailTestBody = Static<typeof MailTestBody>;

export const MailTestResult = Type.Union([
  /** Handed to the relay ("smtp"), or kept in the outbox because none is configured. */
  Type.Object({
    ok: Type.Literal(true),
    to: Type.String(),
    delivery: Type.Union([Type.Literal("smtp"), Type.Literal("outbox")]),
  }),
  /** The relay refused or could not be reached; `relayMessage` is what it said. */
  Type.Object({
    ok: Type.Literal(false),
    to: Type.String(),
    problem: Type.Union([
      Type.Literal("unreachable"),
      Type.Literal("authentication"),
      Type.Literal("refused"),
      Type.Literal("other"),
    ]),
    relayMessage: Type.String(),
  }),
]);
export type MailTestResult = Static<typeof MailTestResult>;
