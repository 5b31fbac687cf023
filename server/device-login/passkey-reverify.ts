// Re-verification with the device's authenticator alone (docs/design.md §5): a session past its
// 12-hour or idle check is verified again by an assertion of one of its own user's passkeys.
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import { markSessionVerified, type ValidSession } from "../auth/session.ts";
import {
  startPasskeyAssertion,
  verifyPasskeyAssertion,
} from "../webauthn/passkey-authentication.ts";
import { listUserPasskeys } from "../webauthn/passkey-store.ts";
import {
  challengeCeremonyOf,
  enabledPolicy,
  refuseAssertion,
  type DeviceLoginContext,
  type RefusedAssertion,
} from "./ceremony.ts";

export async function startPasskeyReverify(context: DeviceLoginContext, auth: ValidSession) {
  if ((await enabledPolicy(context.db)) === undefined) {
    return { ok: false as const, reason: "disabled" as const };
  }
  const passkeys = await listUserPasskeys(context.db, auth.user.id);
  if (passkeys.length === 0) {
    return { ok: false as const, reason: "no_passkey" as const };
  }
  const options = await startPasskeyAssertion(await challengeCeremonyOf(context), {
    purpose: "reverify",
    userId: auth.user.id,
    sessionId: auth.session.id,
    allow: passkeys,
  });
  return { ok: true as const, options };
}

export async function reverifyWithPasskey(
  context: DeviceLoginContext,
  input: { auth: ValidSession; response: AuthenticationResponseJSON; origin: AuditOrigin },
): Promise<{ ok: true } | { ok: false; reason: "disabled" } | ({ ok: false } & RefusedAssertion)> {
  const { db, clock } = context;
  if ((await enabledPolicy(db)) === undefined) {
    return { ok: false, reason: "disabled" };
  }
  const { user, session } = input.auth;
  const result = await verifyPasskeyAssertion(await challengeCeremonyOf(context), {
    response: input.response,
    binding: { purpose: "reverify", userId: user.id, sessionId: session.id },
  });
  if (!result.ok) {
    return { ok: false, ...(await refuseAssertion(context, result, input.origin)) };
  }
  const now = clock.now();
  await markSessionVerified(db, session.id, now);
  await recordAuditEvent(db, {
    event: "session.reverified",
    at: now,
    actorId: user.id,
    targetId: user.id,
    targetEmail: user.email,
    origin: input.origin,
    details: { method: "passkey" },
  });
  return { ok: true };
}
