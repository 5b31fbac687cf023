// Enrolled devices (docs/design.md §5 "Device enrollment"): what the server records about each one,
// the user's list and remove, the admin's list and revoke. A revoked device cannot sign in.
import { randomUUID } from "node:crypto";
import type { Db } from "../storage/database.ts";
import type { Device, DevicesTable } from "../storage/devices-schema.ts";

export type NewDevice = {
  userId: string | null;
  name: string;
  os: string;
  appVersion: string;
  publicKey: string;
  via: DevicesTable["enrolled_via"];
};

/** Enrolls a device; a public key that is already enrolled is refused as a value. */
export async function enrollDevice(
  db: Db,
  input: NewDevice,
  now: number,
): Promise<{ ok: true; device: Device } | { ok: false; reason: "already_enrolled" }> {
  const device: Device = {
    id: randomUUID(),
    user_id: input.userId,
    name: input.name,
    os: input.os,
    app_version: input.appVersion,
    public_key: input.publicKey,
    enrolled_via: input.via,
    enrolled_at: now,
    last_seen_at: now,
    revoked_at: null,
  };
  const inserted = await db
    .insertInto("devices")
    .values(device)
    .onConflict((conflict) => conflict.column("public_key").doNothing())
    .returning("id")
    .executeTakeFirst();
  return inserted === undefined ? { ok: false, reason: "already_enrolled" } : { ok: true, device };
}

export async function findDevice(db: Db, id: string): Promise<Device | undefined> {
  return db.selectFrom("devices").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function listUserDevices(db: Db, userId: string): Promise<Device[]> {
  return db
    .selectFrom("devices")
    .selectAll()
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .orderBy("enrolled_at", "desc")
    .execute();
}

export async function listAllDevices(db: Db): Promise<(Device & { email: string | null })[]> {
  return db
    .selectFrom("devices")
    .leftJoin("users", "users.id", "devices.user_id")
    .selectAll("devices")
    .select("users.email")
    .orderBy("devices.enrolled_at", "desc")
    .execute();
}

/** The user removes one of their own devices; its passkeys go with it. */
export async function removeUserDevice(db: Db, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("devices")
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Admin revoke: the row stays for the record, its passkeys are deleted. */
export async function revokeDevice(db: Db, id: string, now: number): Promise<boolean> {
  // Within the caller's transaction when there is one (an admin's revocation and its audit line).
  const within = <T>(work: (db: Db) => Promise<T>) =>
    db.isTransaction ? work(db) : db.transaction().execute(work);
  return within(async (transaction) => {
    const result = await transaction
      .updateTable("devices")
      .set({ revoked_at: now })
      .where("id", "=", id)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    await transaction.deleteFrom("passkeys").where("device_id", "=", id).execute();
    return result.numUpdatedRows > 0n;
  });
}

/** "This wasn't me": every device credential of the user stops working at once. */
export async function revokeUserDevices(db: Db, userId: string, now: number): Promise<void> {
  await db
    .updateTable("devices")
    .set({ revoked_at: now })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .execute();
  await db.deleteFrom("passkeys").where("user_id", "=", userId).execute();
}

export async function touchDevice(db: Db, id: string, now: number): Promise<void> {
  await db.updateTable("devices").set({ last_seen_at: now }).where("id", "=", id).execute();
}
