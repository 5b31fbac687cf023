// Which desktop apps can approve a user's sign-ins (issue 17): an enrolled device, not revoked,
// not enrolled to someone else, with one of the user's device-login passkeys bound to it — the
// passkey whose Touch ID / Windows Hello assertion confirms an approval.
import type { Db } from "../../storage/database.ts";

export type PushDevice = { id: string; name: string; passkeyIds: string[] };

function capablePairs(db: Db) {
  return db
    .selectFrom("passkeys")
    .innerJoin("devices", "devices.id", "passkeys.device_id")
    .where("devices.revoked_at", "is", null)
    .where((eb) =>
      eb.or([
        eb("devices.user_id", "is", null),
        eb("devices.user_id", "=", eb.ref("passkeys.user_id")),
      ]),
    );
}

/** The user's devices that can approve, each with the passkeys bound to it. */
export async function listPushDevices(db: Db, userId: string): Promise<PushDevice[]> {
  const rows = await capablePairs(db)
    .where("passkeys.user_id", "=", userId)
    .select(["devices.id as deviceId", "devices.name as name", "passkeys.id as passkeyId"])
    .orderBy("devices.enrolled_at")
    .execute();
  const devices = new Map<string, PushDevice>();
  for (const row of rows) {
    const device = devices.get(row.deviceId) ?? {
      id: row.deviceId,
      name: row.name,
      passkeyIds: [],
    };
    device.passkeyIds.push(row.passkeyId);
    devices.set(row.deviceId, device);
  }
  return [...devices.values()];
}

/** The user's passkeys bound to this device; empty when the device cannot answer for them. */
export async function passkeysOnDevice(
  db: Db,
  deviceId: string,
  userId: string,
): Promise<string[]> {
  const rows = await capablePairs(db)
    .where("passkeys.user_id", "=", userId)
    .where("devices.id", "=", deviceId)
    .select("passkeys.id")
    .execute();
  return rows.map((row) => row.id);
}
