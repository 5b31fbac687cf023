// Device login itself (docs/design.md §5): one step with a platform passkey, which counts as MFA
// and starts a new session (WebAuthn §7.2). Where the admin allows managed devices only, the
// passkey must be bound to an enrolled device that proves itself in the same request.
import type { AuditOrigin } from "../audit/audit-log.ts";
import { auditEventOf } from "../audit/audit-log.ts";
import { newSession } from "../auth/session.ts";
import {
  verifyDeviceProof,
  type DeviceProof,
  type DeviceProofFailure,
} from "../devices/device-proof.ts";
import type { Session, User } from "../storage/schema.ts";
import { readAllPolicies } from "../policies/policy-store.ts";
import {
  startPasskeyAssertion,
  verifyPasskeyAssertion,
} from "../webauthn/passkey-authentication.ts";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import {
  challengeCeremonyOf,
  enabledPolicy,
  refuseAssertion,
  type DeviceLoginContext,
  type RefusedAssertion,
} from "./ceremony.ts";
import { writePasskeySignIn } from "./passkey-sign-in-writes.ts";

export async function startPasskeySignIn(context: DeviceLoginContext) {
  if ((await enabledPolicy(context.db)) === undefined) {
    return undefined;
  }
  return startPasskeyAssertion(await challengeCeremonyOf(context), { purpose: "authentication" });
}

export type PasskeySignIn =
  | { ok: true; token: string; session: Session; user: User }
  | { ok: false; reason: "disabled" | "proof_required" | "other_device" }
  | { ok: false; reason: "proof_invalid"; failure: DeviceProofFailure }
  | ({ ok: false } & RefusedAssertion);

export async function signInWithPasskey(
  context: DeviceLoginContext,
  input: {
    response: AuthenticationResponseJSON;
    deviceProof?: DeviceProof | undefined;
    origin: AuditOrigin;
  },
): Promise<PasskeySignIn> {
  const { db, clock } = context;
  // One read of the (cached) policies serves the whole sign-in, the transaction included.
  const policies = await readAllPolicies(db);
  const policy = policies.deviceLogin;
  if (policy.mode === "off") {
    return { ok: false, reason: "disabled" };
  }
  const result = await verifyPasskeyAssertion(await challengeCeremonyOf(context), {
    response: input.response,
    binding: { purpose: "authentication" },
    counterMovedByCaller: true,
  });
  if (!result.ok) {
    return { ok: false, ...(await refuseAssertion(context, result, input.origin)) };
  }
  if (policy.mode === "managed") {
    // Managed devices only: the passkey must be bound to an enrolled device that proves it.
    if (input.deviceProof === undefined || result.passkey.device_id === null) {
      return { ok: false, reason: "proof_required" };
    }
    const proof = await verifyDeviceProof(context, input.deviceProof, {
      origin: context.site.origin,
      now: clock.now(),
    });
    if (!proof.ok) {
      return { ok: false, reason: "proof_invalid", failure: proof.reason };
    }
    if (proof.device.id !== result.passkey.device_id) {
      return { ok: false, reason: "other_device" };
    }
  }
  const now = clock.now();
  const { user, passkey } = result;
  const { token, session } = newSession(context, user.id, input.origin, {
    policy: policies.session,
  });
  const audit = auditEventOf({
    event: "sign_in.succeeded",
    at: now,
    actorId: user.id,
    targetId: user.id,
    targetEmail: user.email,
    origin: input.origin,
    details: { portal: "user", method: "passkey" },
  });
  // Written together or not at all; a counter another request moved first is refused like any
  // invalid assertion, after the writes.
  const outcome = await writePasskeySignIn(db, {
    passkey,
    newCounter: result.newCounter,
    now,
    session,
    audit,
  });
  if (outcome === "locked") {
    return { ok: false, reason: "locked", until: null, lockReason: "failed_attempts" };
  }
  if (outcome === "spent") {
    const refused = { ok: false as const, reason: "assertion_invalid" as const, user };
    return { ok: false, ...(await refuseAssertion(context, refused, input.origin)) };
  }
  return { ok: true, token, session, user };
}
