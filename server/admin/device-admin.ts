// Devices and IT enrollment tokens, the operations the admin CLI and /api/admin share: revoke a
// device (its passkeys stop at once), mint an enrollment token (shown once) and revoke one.
// Each is audited with the admin (or "cli") as the actor.
import { recordAuditEvent } from "../audit/audit-log.ts";
import { revokeDevice } from "../devices/device-store.ts";
import { createEnrollmentToken, revokeEnrollmentToken } from "../devices/enrollment-tokens.ts";
import type { Random } from "../lib/clock.ts";
import type { AdminActor } from "./admin-actor.ts";

/** What an admin can revoke by id, and the audit event that records it. */
const revocable = {
  device: { revoke: revokeDevice, event: "device.revoked", detail: "deviceId" },
  "enrollment-token": {
    revoke: revokeEnrollmentToken,
    event: "device.enrollment_token_revoked",
    detail: "tokenId",
  },
} as const;

export type Revocable = keyof typeof revocable;

/** Revokes an active device or enrollment token; false when none is active with that id. */
export async function revokeAsAdmin(
  actor: AdminActor,
  kind: Revocable,
  id: string,
): Promise<boolean> {
  const { revoke, event, detail } = revocable[kind];
  if (!(await revoke(actor.db, id, actor.now))) {
    return false;
  }
  await recordAuditEvent(actor.db, {
    event,
    at: actor.now,
    actorId: actor.actorId,
    ...(actor.origin === undefined ? {} : { origin: actor.origin }),
    details: { [detail]: id },
  });
  return true;
}

export async function issueEnrollmentToken(
  actor: AdminActor,
  random: Random,
  request: { label: string; validDays: number },
): Promise<{ id: string; token: string; expiresAt: number }> {
  const created = await createEnrollmentToken(actor.db, random, { ...request, now: actor.now });
  await recordAuditEvent(actor.db, {
    event: "device.enrollment_token_created",
    at: actor.now,
    actorId: actor.actorId,
    ...(actor.origin === undefined ? {} : { origin: actor.origin }),
    details: { tokenId: created.id, label: request.label },
  });
  return created;
}
