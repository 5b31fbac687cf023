// What a user does with their own devices in Security: generate a connect key to enroll one,
// and remove one (its device logins go with it). Both are audited.
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import type { Clock, Random } from "../lib/clock.ts";
import type { Db } from "../storage/database.ts";
import type { User } from "../storage/schema.ts";
import { createConnectKey } from "./connect-keys.ts";
import { removeUserDevice } from "./device-store.ts";

type Change = { user: User; origin: AuditOrigin };

export async function generateConnectKey(
  { db, clock, random }: { db: Db; clock: Clock; random: Random },
  { user, origin }: Change,
): Promise<{ key: string; expiresAt: number }> {
  const now = clock.now();
  const created = await createConnectKey(db, random, user.id, now);
  await recordAuditEvent(db, {
    event: "device.connect_key_created",
    at: now,
    actorId: user.id,
    targetId: user.id,
    targetEmail: user.email,
    origin,
  });
  return created;
}

/** Removes one of the user's own devices; false when it is not enrolled to them. */
export async function removeOwnDevice(
  { db, clock }: { db: Db; clock: Clock },
  { user, origin, deviceId }: Change & { deviceId: string },
): Promise<boolean> {
  if (!(await removeUserDevice(db, user.id, deviceId))) {
    return false;
  }
  await recordAuditEvent(db, {
    event: "device.removed",
    at: clock.now(),
    actorId: user.id,
    targetId: user.id,
    targetEmail: user.email,
    origin,
    details: { deviceId },
  });
  return true;
}
