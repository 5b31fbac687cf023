// Request and response shapes of the MFA routes: the Security card's status, authenticator
// setup and confirmation, recovery codes, and the admin reset.
import { Type, type Static } from "typebox";
import { Text } from "./strings.ts";

/** A 6-digit TOTP code or a recovery code, as typed (spaces and hyphens allowed). */
export const SecondFactorCode = Text({ minLength: 1, maxLength: 32 });
export type SecondFactorCode = Static<typeof SecondFactorCode>;

export const MfaStatus = Type.Object({
  totp: Type.Union([Type.Object({ enabledAt: Type.String({ format: "date-time" }) }), Type.Null()]),
  recoveryCodesLeft: Type.Integer({ minimum: 0 }),
  /** The organization requires MFA: the factor can be replaced but not removed. */
  required: Type.Boolean(),
  /** Set while the user still has to set up a factor under the policy. */
  enrollBy: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
});
export type MfaStatus = Static<typeof MfaStatus>;

export const TotpSetup = Type.Object({
  /** otpauth:// key URI (issuer and account), for the QR code. */
  uri: Type.String(),
  /** The base32 secret, for typing into the app by hand. */
  secret: Type.String(),
  /** The QR code of `uri` as an SVG data: URL (the CSP allows data: images, nothing inline). */
  qrCode: Type.String(),
});
export type TotpSetup = Static<typeof TotpSetup>;

export const ConfirmTotpBody = Type.Object(
  { code: SecondFactorCode },
  { additionalProperties: false },
);
export type ConfirmTotpBody = Static<typeof ConfirmTotpBody>;

export const RecoveryCodes = Type.Object({
  codes: Type.Array(Type.String(), { maxItems: 10 }),
});
export type RecoveryCodes = Static<typeof RecoveryCodes>;
