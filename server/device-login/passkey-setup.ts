// The user's own device logins (docs/design.md §5): their status (the policy's mode, the
// passkeys, when the session last verified and the next check is due), setting one up — with a
// device proof where the policy wants managed devices, or where the app offers one — and
// removing one. Set-up and removal are audited.
import type { RegistrationResponseJSON } from "@simplewebauthn/server";
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import { reverificationDueAt, type ValidSession } from "../auth/session.ts";
import {
  verifyDeviceProof,
  type DeviceProof,
  type DeviceProofFailure,
} from "../devices/device-proof.ts";
import { readAllPolicies } from "../policies/policy-store.ts";
import type { User } from "../storage/schema.ts";
import {
  finishPasskeyRegistration,
  startPasskeyRegistration,
} from "../webauthn/passkey-registration.ts";
import { listUserPasskeys, removeUserPasskey } from "../webauthn/passkey-store.ts";
import { challengeCeremonyOf, enabledPolicy, type DeviceLoginContext } from "./ceremony.ts";

export async function deviceLoginStatus(
  { db }: DeviceLoginContext,
  { user, session }: ValidSession,
) {
  const policies = await readAllPolicies(db);
  return {
    mode: policies.deviceLogin.mode,
    passkeys: await listUserPasskeys(db, user.id),
    verifiedAt: session.verified_at,
    reverifyAt: reverificationDueAt(session, policies.session),
  };
}

export async function startPasskeySetup(context: DeviceLoginContext, user: User) {
  return (await enabledPolicy(context.db)) === undefined
    ? undefined
    : startPasskeyRegistration(await challengeCeremonyOf(context), user);
}

export type PasskeySetup =
  | { ok: true; passkeyId: string; deviceId: string | null; createdAt: number }
  | {
      ok: false;
      reason:
        "disabled" | "proof_required" | "other_user" | "challenge_invalid" | "response_invalid";
    }
  | { ok: false; reason: "proof_invalid"; failure: DeviceProofFailure };

export async function finishPasskeySetup(
  context: DeviceLoginContext,
  input: {
    user: User;
    response: RegistrationResponseJSON;
    name: string;
    deviceProof?: DeviceProof | undefined;
    origin: AuditOrigin;
  },
): Promise<PasskeySetup> {
  const { db, clock } = context;
  const { user, name } = input;
  const policy = await enabledPolicy(db);
  if (policy === undefined) {
    return { ok: false, reason: "disabled" };
  }
  let deviceId: string | null = null;
  if (input.deviceProof !== undefined || policy.mode === "managed") {
    if (input.deviceProof === undefined) {
      return { ok: false, reason: "proof_required" };
    }
    const proof = await verifyDeviceProof(context, input.deviceProof, {
      origin: context.site.origin,
      now: clock.now(),
    });
    if (!proof.ok) {
      return { ok: false, reason: "proof_invalid", failure: proof.reason };
    }
    if (proof.device.user_id !== null && proof.device.user_id !== user.id) {
      return { ok: false, reason: "other_user" };
    }
    deviceId = proof.device.id;
  }
  const result = await finishPasskeyRegistration(await challengeCeremonyOf(context), {
    user,
    response: input.response,
    name,
    deviceId,
  });
  if (!result.ok) {
    return {
      ok: false,
      reason: result.reason === "challenge_invalid" ? "challenge_invalid" : "response_invalid",
    };
  }
  const now = clock.now();
  await recordAuditEvent(db, {
    event: "passkey.registered",
    at: now,
    actorId: user.id,
    targetId: user.id,
    targetEmail: user.email,
    origin: input.origin,
    details: { name },
  });
  return { ok: true, passkeyId: result.passkeyId, deviceId, createdAt: now };
}

/** Removes one of the user's own device logins; false when it is not theirs. */
export async function removePasskey(
  { db, clock }: DeviceLoginContext,
  input: { user: User; passkeyId: string; origin: AuditOrigin },
): Promise<boolean> {
  const { user } = input;
  if (!(await removeUserPasskey(db, user.id, input.passkeyId))) {
    return false;
  }
  await recordAuditEvent(db, {
    event: "passkey.removed",
    at: clock.now(),
    actorId: user.id,
    targetId: user.id,
    targetEmail: user.email,
    origin: input.origin,
  });
  return true;
}
