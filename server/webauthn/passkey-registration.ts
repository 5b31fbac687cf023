// Setting up device login (docs/design.md §5): a discoverable, platform, user-verifying passkey,
// offered only after a recent full verification (the route's declared access) and named after the
// device.
import type {
  PublicKeyCredentialCreationOptionsJSON,
  RegistrationResponseJSON,
} from "@simplewebauthn/server";
import type { Random } from "../lib/clock.ts";
import type { Db } from "../storage/database.ts";
import type { User } from "../storage/schema.ts";
import { challengeOf } from "./client-data.ts";
import { webauthnLibrary } from "./webauthn-library.ts";
import { listUserPasskeys, savePasskey } from "./passkey-store.ts";
import type { RelyingParty } from "./relying-party.ts";
import { consumeWebauthnChallenge, issueWebauthnChallenge } from "./webauthn-challenges.ts";

/** COSE ES256 and RS256: what platform authenticators (Touch ID, Windows Hello) produce. */
const algorithms = [-7, -257];

export async function startPasskeyRegistration(
  context: { db: Db; random: Random; now: number; rp: RelyingParty; challengeKey: Buffer },
  user: User,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const { db, rp } = context;
  const challenge = issueWebauthnChallenge(context.challengeKey, context.random, {
    ...registrationBinding(user),
    now: context.now,
  });
  const existing = await listUserPasskeys(db, user.id);
  return (await webauthnLibrary()).generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: user.email,
    userDisplayName: user.display_name,
    userID: new Uint8Array(Buffer.from(user.id, "utf8")),
    challenge,
    timeout: 60_000,
    attestationType: "none",
    excludeCredentials: existing.map((passkey) => ({ id: passkey.id })),
    authenticatorSelection: {
      authenticatorAttachment: "platform",
      residentKey: "required",
      requireResidentKey: true,
      userVerification: "required",
    },
    supportedAlgorithmIDs: algorithms,
  });
}

export type PasskeyRegistration =
  | { ok: true; passkeyId: string }
  | { ok: false; reason: "challenge_invalid" | "response_invalid" | "duplicate" };

export async function finishPasskeyRegistration(
  context: { db: Db; now: number; rp: RelyingParty; challengeKey: Buffer },
  input: { user: User; response: RegistrationResponseJSON; name: string; deviceId: string | null },
): Promise<PasskeyRegistration> {
  const { db, rp, now } = context;
  const challenge = challengeOf(input.response.response.clientDataJSON);
  const stored =
    challenge === undefined
      ? undefined
      : await consumeWebauthnChallenge(db, context.challengeKey, challenge, {
          ...registrationBinding(input.user),
          now,
        });
  if (stored === undefined) {
    return { ok: false, reason: "challenge_invalid" };
  }
  let verification;
  try {
    // WebAuthn §7.1: type, challenge, origin, rpIdHash, UP and UV flags, algorithm.
    verification = await (
      await webauthnLibrary()
    ).verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: stored.challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      expectedType: "webauthn.create",
      requireUserPresence: true,
      requireUserVerification: true,
      supportedAlgorithmIDs: algorithms,
    });
  } catch {
    return { ok: false, reason: "response_invalid" }; // malformed CBOR, bad flags, wrong origin…
  }
  if (!verification.verified) {
    return { ok: false, reason: "response_invalid" };
  }
  const info = verification.registrationInfo;
  const id = info.credential.id;
  const transports = input.response.response.transports ?? [];
  try {
    await savePasskey(db, {
      id,
      user_id: input.user.id,
      device_id: input.deviceId,
      name: input.name,
      public_key: Buffer.from(info.credential.publicKey).toString("base64url"),
      counter: info.credential.counter,
      transports: JSON.stringify(transports.slice(0, 8)),
      aaguid: info.aaguid,
      backed_up: info.credentialBackedUp ? 1 : 0,
      device_type: info.credentialDeviceType,
      created_at: now,
      last_used_at: null,
    });
  } catch {
    return { ok: false, reason: "duplicate" }; // the primary key: this credential is registered
  }
  return { ok: true, passkeyId: id };
}

/** A registration's challenge is bound to the user it was offered to. */
function registrationBinding(user: User) {
  return { purpose: "registration" as const, userId: user.id, sessionId: null };
}
