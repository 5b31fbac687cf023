// Devices and IT enrollment tokens, the operations the admin CLI and /api/admin share: revoke a
// device (its passkeys stop at once), mint an enrollment token (shown once) and revoke one.
// Each runs in one transaction with its audit line, which names the device or token in words and
// the admin (or "cli") as the actor; a token's secret never reaches the log.
import { revokeDevice } from "../devices/device-store.ts";
import { createEnrollmentToken, revokeEnrollmentToken } from "../devices/enrollment-tokens.ts";
import type { Random } from "../lib/clock.ts";
import { findUserById } from "../storage/users.ts";
import { auditAdminChange, inTransaction, type AdminActor } from "./admin-actor.ts";

export type Revocable = "device" | "enrollment-token";

/** Revokes an active device or enrollment token; false when none is active with that id. */
export function revokeAsAdmin(actor: AdminActor, kind: Revocable, id: string): Promise<boolean> {
  return inTransaction(actor, (actor) =>
    kind === "device" ? revokeDeviceWithin(actor, id) : revokeTokenWithin(actor, id),
  );
}

async function revokeDeviceWithin(actor: AdminActor, id: string): Promise<boolean> {
  const device = await actor.db
    .selectFrom("devices")
    .select(["name", "os", "user_id"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (device === undefined || !(await revokeDevice(actor.db, id, actor.now))) {
    return false;
  }
  const owner = device.user_id === null ? undefined : await findUserById(actor.db, device.user_id);
  await auditAdminChange(actor, "device.revoked", {
    ...(owner === undefined ? { targetId: id } : { target: owner }),
    details: { deviceId: id, device: device.name, os: device.os },
  });
  return true;
}

async function revokeTokenWithin(actor: AdminActor, id: string): Promise<boolean> {
  const token = await actor.db
    .selectFrom("device_enrollment_tokens")
    .select("label")
    .where("id", "=", id)
    .executeTakeFirst();
  if (token === undefined || !(await revokeEnrollmentToken(actor.db, id, actor.now))) {
    return false;
  }
  await auditAdminChange(actor, "device.enrollment_token_revoked", {
    targetId: id,
    details: { tokenId: id, label: token.label },
  });
  return true;
}

export function issueEnrollmentToken(
  actor: AdminActor,
  random: Random,
  request: { label: string; validDays: number },
): Promise<{ id: string; token: string; expiresAt: number }> {
  return inTransaction(actor, async (actor) => {
    const created = await createEnrollmentToken(actor.db, random, { ...request, now: actor.now });
    await auditAdminChange(actor, "device.enrollment_token_created", {
      targetId: created.id,
      details: { tokenId: created.id, label: request.label, validDays: request.validDays },
    });
    return created;
  });
}
