// Request and response shapes of device enrollment, device proof and device login (issue 5).
import { Type, type Static } from "typebox";
import { Text } from "./strings.ts";

const base64url = (maxLength: number) =>
  Type.String({ minLength: 1, maxLength, pattern: "^[A-Za-z0-9_-]+$" });

/** An `id.secret` token (auth/token.ts): connect keys and enrollment tokens. */
const TokenString = Text({ minLength: 1, maxLength: 100 });

export const DeviceProofBody = Type.Object(
  {
    deviceId: Type.String({ minLength: 36, maxLength: 36, pattern: "^[0-9a-f-]+$" }),
    // A sealed challenge (server/webauthn/challenge-seal.ts) is 55 bytes, 74 characters; the
    // desktop app accepts up to 128 (main/core/device-arguments.ts).
    challenge: base64url(128),
    // An ECDSA P-256 signature in DER is at most 72 bytes.
    signature: base64url(128),
  },
  { additionalProperties: false },
);
export type DeviceProofBody = Static<typeof DeviceProofBody>;

export const EnrollDeviceBody = Type.Object(
  {
    connectKey: Type.Optional(TokenString),
    enrollmentToken: Type.Optional(TokenString),
    // SPKI DER of a P-256 key is 91 bytes.
    publicKey: base64url(200),
    name: Text({ minLength: 1, maxLength: 100 }),
    os: Type.Union([Type.Literal("darwin"), Type.Literal("win32"), Type.Literal("linux")]),
    appVersion: Type.String({ minLength: 1, maxLength: 40, pattern: "^[0-9A-Za-z.+-]+$" }),
  },
  { additionalProperties: false },
);
export type EnrollDeviceBody = Static<typeof EnrollDeviceBody>;

export const EnrolledDevice = Type.Object({ deviceId: Type.String() });
export type EnrolledDevice = Static<typeof EnrolledDevice>;

export const DeviceChallenge = Type.Object({
  challenge: Type.String(),
  expiresAt: Type.String({ format: "date-time" }),
});
export type DeviceChallenge = Static<typeof DeviceChallenge>;

export const ConnectKeyView = Type.Object({
  connectKey: Type.String(),
  expiresAt: Type.String({ format: "date-time" }),
});
export type ConnectKeyView = Static<typeof ConnectKeyView>;

export const DeviceView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  os: Type.String(),
  appVersion: Type.String(),
  enrolledAt: Type.String({ format: "date-time" }),
  lastSeenAt: Type.String({ format: "date-time" }),
});
export type DeviceView = Static<typeof DeviceView>;

export const DeviceList = Type.Object({ devices: Type.Array(DeviceView) });
export type DeviceList = Static<typeof DeviceList>;

export const AdminDeviceView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  os: Type.String(),
  appVersion: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  enrolledVia: Type.String(),
  enrolledAt: Type.String({ format: "date-time" }),
  lastSeenAt: Type.String({ format: "date-time" }),
  revokedAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
});
export type AdminDeviceView = Static<typeof AdminDeviceView>;

export const AdminDeviceList = Type.Object({ devices: Type.Array(AdminDeviceView) });
export type AdminDeviceList = Static<typeof AdminDeviceList>;

export const CreateEnrollmentTokenBody = Type.Object(
  {
    label: Text({ minLength: 1, maxLength: 100 }),
    validDays: Type.Integer({ minimum: 1, maximum: 365 }),
  },
  { additionalProperties: false },
);
export type CreateEnrollmentTokenBody = Static<typeof CreateEnrollmentTokenBody>;

export const EnrollmentTokenView = Type.Object({
  id: Type.String(),
  token: Type.String(),
  expiresAt: Type.String({ format: "date-time" }),
});
export type EnrollmentTokenView = Static<typeof EnrollmentTokenView>;

export const EnrollmentTokenList = Type.Object({
  tokens: Type.Array(
    Type.Object({
      id: Type.String(),
      label: Type.String(),
      createdAt: Type.String({ format: "date-time" }),
      expiresAt: Type.String({ format: "date-time" }),
      revokedAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
    }),
  ),
});
export type EnrollmentTokenList = Static<typeof EnrollmentTokenList>;

/** What a browser's navigator.credentials result looks like once @simplewebauthn/browser made it JSON. */
const CredentialBase = {
  id: base64url(1400),
  rawId: base64url(1400),
  type: Type.Literal("public-key"),
  clientExtensionResults: Type.Object({}),
  authenticatorAttachment: Type.Optional(
    Type.Union([Type.Literal("platform"), Type.Literal("cross-platform")]),
  ),
};

export const AssertionResponse = Type.Object(
  {
    ...CredentialBase,
    response: Type.Object(
      {
        clientDataJSON: base64url(4096),
        authenticatorData: base64url(4096),
        signature: base64url(1024),
        userHandle: Type.Optional(base64url(128)),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type AssertionResponse = Static<typeof AssertionResponse>;

export const AttestationResponse = Type.Object(
  {
    ...CredentialBase,
    response: Type.Object(
      {
        clientDataJSON: base64url(4096),
        attestationObject: base64url(16_384),
        authenticatorData: Type.Optional(base64url(16_384)),
        transports: Type.Optional(Type.Array(Text({ maxLength: 20 }), { maxItems: 8 })),
        publicKeyAlgorithm: Type.Optional(Type.Integer()),
        publicKey: Type.Optional(base64url(4096)),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type AttestationResponse = Static<typeof AttestationResponse>;

export const PasskeySignInBody = Type.Object(
  { response: AssertionResponse, deviceProof: Type.Optional(DeviceProofBody) },
  { additionalProperties: false },
);
export type PasskeySignInBody = Static<typeof PasskeySignInBody>;

export const PasskeyReverifyBody = Type.Object(
  { response: AssertionResponse },
  { additionalProperties: false },
);
export type PasskeyReverifyBody = Static<typeof PasskeyReverifyBody>;

export const PasskeyRegistrationBody = Type.Object(
  {
    response: AttestationResponse,
    name: Type.Optional(Text({ minLength: 1, maxLength: 100 })),
    deviceProof: Type.Optional(DeviceProofBody),
  },
  { additionalProperties: false },
);
export type PasskeyRegistrationBody = Static<typeof PasskeyRegistrationBody>;

/** The options object @simplewebauthn/browser takes as it is (WebAuthn §5.4 / §5.5 in JSON). */
export const CeremonyOptions = Type.Object({ options: Type.Unknown() });
export type CeremonyOptions = Static<typeof CeremonyOptions>;

export const DeviceLoginMode = Type.Union([
  Type.Literal("off"),
  Type.Literal("on"),
  Type.Literal("managed"),
]);
export type DeviceLoginMode = Static<typeof DeviceLoginMode>;

export const DeviceLoginPolicyView = Type.Object({ mode: DeviceLoginMode });
export type DeviceLoginPolicyView = Static<typeof DeviceLoginPolicyView>;

export const PasskeyView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  deviceId: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: "date-time" }),
  lastUsedAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
});
export type PasskeyView = Static<typeof PasskeyView>;

export const DeviceLoginStatus = Type.Object({
  mode: DeviceLoginMode,
  passkeys: Type.Array(PasskeyView),
  verifiedAt: Type.String({ format: "date-time" }),
  reverifyAt: Type.String({ format: "date-time" }),
});
export type DeviceLoginStatus = Static<typeof DeviceLoginStatus>;

export const DeviceLoginNext = Type.Object({
  next: Type.Union([Type.Literal("done"), Type.Literal("change_password")]),
});
export type DeviceLoginNext = Static<typeof DeviceLoginNext>;
