// Signing in (and re-verifying) with a passkey (docs/design.md §5). The user is the credential's
// owner in our database — never a user id from the client; UV must be set; the counter moves
// by compare-and-set; a locked account is refused before the assertion is even checked.
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import type { Random } from "../lib/clock.ts";
import type { Db } from "../storage/database.ts";
import type { Passkey } from "../storage/devices-schema.ts";
import type { LockReason, User } from "../storage/schema.ts";
import { challengeOf } from "./client-data.ts";
import { checkAssertion } from "./assertion-check.ts";
import { webauthnHelpers, webauthnLibrary } from "./webauthn-library.ts";
import { takeChallengeWithPasskey } from "./challenge-with-passkey.ts";
import { findPasskeyWithOwner, recordPasskeyUse, type PasskeyWithOwner } from "./passkey-store.ts";
import { userHandleOf, type RelyingParty } from "./relying-party.ts";
import { issueWebauthnChallenge } from "./webauthn-challenges.ts";

type Context = { db: Db; now: number; rp: RelyingParty };

/** The key that seals the challenges (challenge-seal.ts), shared by every instance. */
type ChallengeKey = { challengeKey: Buffer };

/**
 * The account's lock, which the caller's accounts know about: checked before the assertion, as
 * the lock is before every factor (docs/design.md §5).
 */
export type LockCheck = (
  user: User,
) => { locked: false } | { locked: true; until: number | null; reason: LockReason };

/** Re-verification binds its challenge to the session and its user; sign-in to nobody. */
export type AssertionBinding =
  { purpose: "authentication" } | { purpose: "reverify"; userId: string; sessionId: string };

export async function startPasskeyAssertion(
  context: Context & ChallengeKey & { random: Random },
  input: AssertionBinding & { allow?: Passkey[] },
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const challenge = issueWebauthnChallenge(context.challengeKey, context.random, {
    ...bindingOf(input),
    now: context.now,
  });
  return (await webauthnLibrary()).generateAuthenticationOptions({
    rpID: context.rp.id,
    challenge,
    timeout: 60_000,
    userVerification: "required",
    // Sign-in uses discoverable credentials (no list: WebAuthn §5.4.4); re-verification names the
    // user's.
    ...(input.allow === undefined
      ? {}
      : { allowCredentials: input.allow.map((passkey) => ({ id: passkey.id })) }),
  });
}

function bindingOf(input: AssertionBinding) {
  return input.purpose === "reverify"
    ? { purpose: input.purpose, userId: input.userId, sessionId: input.sessionId }
    : { purpose: input.purpose, userId: null, sessionId: null };
}

export type PasskeyAssertion =
  | { ok: true; user: User; passkey: Passkey; newCounter: number }
  | { ok: false; reason: "challenge_invalid" | "credential_unknown" | "user_inactive" }
  | { ok: false; reason: "locked"; user: User; until: number | null; lockReason: LockReason }
  | { ok: false; reason: "assertion_invalid"; user: User };

export async function verifyPasskeyAssertion(
  context: Context & ChallengeKey & { lockOf: LockCheck },
  input: {
    response: AuthenticationResponseJSON;
    /** What the challenge must be bound to; for re-verification the credential must be the user's. */
    binding: AssertionBinding;
    /** The caller moves the counter itself (recordPasskeyUse) with its other writes. */
    counterMovedByCaller?: boolean;
  },
): Promise<PasskeyAssertion> {
  const { db, now } = context;
  const challenge = challengeOf(input.response.response.clientDataJSON);
  const taken =
    challenge === undefined
      ? undefined
      : await takeChallengeWithPasskey(db, context.challengeKey, {
          ...bindingOf(input.binding),
          challenge,
          passkeyId: input.response.id,
          now,
        });
  if (taken === undefined) {
    return { ok: false, reason: "challenge_invalid" };
  }
  return verifyAssertionFor(context, {
    response: input.response,
    expectedChallenge: taken.challenge.challenge,
    owners: [input.binding.purpose === "reverify" ? input.binding.userId : null],
    counterMovedByCaller: input.counterMovedByCaller,
    passkeyRead: { found: taken.found },
  });
}

/**
 * Checks an assertion over a challenge the caller already knows to be good — opened and spent
 * above, or derived from a single-use request (auth/push/push-numbers.ts) — with the
 * owner's lock checked first.
 */
export async function verifyAssertionFor(
  context: Context & { lockOf: LockCheck },
  input: {
    response: AuthenticationResponseJSON;
    expectedChallenge: string;
    /** Who the credential must belong to; null or undefined entries ask nothing. */
    owners: (string | null | undefined)[];
    /** When given, the credential must be one of these (the passkeys bound to one device). */
    allowedPasskeyIds?: string[];
    /**
     * The caller moves the counter by compare-and-set (recordPasskeyUse) in the transaction that
     * writes the rest of its outcome, and refuses the assertion if that fails.
     */
    counterMovedByCaller?: boolean | undefined;
    /** The asserted passkey with its owner, when the caller read it already. */
    passkeyRead?: { found: PasskeyWithOwner | undefined };
  },
): Promise<PasskeyAssertion> {
  const { db, now, rp } = context;
  const found =
    input.passkeyRead === undefined
      ? await findPasskeyWithOwner(db, input.response.id)
      : input.passkeyRead.found;
  if (
    found === undefined ||
    (input.allowedPasskeyIds !== undefined && !input.allowedPasskeyIds.includes(found.passkey.id))
  ) {
    return { ok: false, reason: "credential_unknown" };
  }
  const { passkey, owner: user } = found;
  // WebAuthn §7.2 step 6: the user handle, when given, must be the credential owner's.
  const handle = input.response.response.userHandle;
  if (
    (handle !== undefined && handle !== userHandleOf(passkey.user_id)) ||
    input.owners.some((owner) => owner !== null && owner !== undefined && owner !== passkey.user_id)
  ) {
    return { ok: false, reason: "credential_unknown" };
  }
  if (user.status !== "active") {
    return { ok: false, reason: "user_inactive" };
  }
  const lock = context.lockOf(user);
  if (lock.locked) {
    return { ok: false, reason: "locked", user, until: lock.until, lockReason: lock.reason };
  }
  let newCounter: number;
  try {
    // WebAuthn §7.2: type, challenge, origin, rpIdHash, UP, UV, signature, signCount.
    ({ newCounter } = checkAssertion(await webauthnHelpers(), input.response, {
      challenge: input.expectedChallenge,
      origin: rp.origin,
      rpId: rp.id,
      publicKey: passkey.public_key,
      counter: Number(passkey.counter),
    }));
  } catch {
    // Thrown for every protocol violation (bad CBOR, UP/UV unset, counter regression, signature).
    return { ok: false, reason: "assertion_invalid", user };
  }
  if (
    input.counterMovedByCaller !== true &&
    !(await recordPasskeyUse(db, passkey, newCounter, now))
  ) {
    return { ok: false, reason: "assertion_invalid", user };
  }
  return { ok: true, user, passkey, newCounter };
}
