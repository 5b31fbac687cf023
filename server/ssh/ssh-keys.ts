// A user's SSH keys: add (parsed, validated and canonically encoded, so a re-encoded copy of a
// key is a duplicate), list, delete, and the authorized_keys export that servers consume, in
// which every line is one OpenSSH reads. Outcomes are values; the route maps them to codes.
import { randomUUID } from "node:crypto";
import type { Db } from "../storage/database.ts";
import type { SshKey } from "../storage/schema.ts";
import { parseSshPublicKey, type SshKeyRejection } from "../lib/openssh/ssh-public-key.ts";

export const maxSshKeysPerUser = 50;

export type AddSshKeyResult =
  | { ok: true; key: SshKey }
  | ({ ok: false } & SshKeyRejection)
  | { ok: false; reason: "duplicate" }
  | { ok: false; reason: "too_many"; max: number };

export async function addSshKey(
  db: Db,
  input: { userId: string; name: string; publicKey: string; now: number },
): Promise<AddSshKeyResult> {
  const parsed = parseSshPublicKey(input.publicKey);
  if (!parsed.ok) {
    return parsed;
  }
  const existing = await listSshKeys(db, input.userId);
  if (existing.some((key) => key.fingerprint === parsed.key.fingerprint)) {
    return { ok: false, reason: "duplicate" };
  }
  if (existing.length >= maxSshKeysPerUser) {
    return { ok: false, reason: "too_many", max: maxSshKeysPerUser };
  }
  const key: SshKey = {
    id: randomUUID(),
    user_id: input.userId,
    name: input.name.trim() || parsed.key.comment || parsed.key.type,
    type: parsed.key.type,
    bits: parsed.key.bits,
    fingerprint: parsed.key.fingerprint,
    comment: parsed.key.comment,
    public_key: parsed.key.line,
    created_at: input.now,
  };
  try {
    await db.insertInto("ssh_keys").values(key).execute();
  } catch (error) {
    // Two racing adds of the same key: the unique constraint decides.
    if (await hasKey(db, input.userId, key.fingerprint)) {
      return { ok: false, reason: "duplicate" };
    }
    throw error;
  }
  return { ok: true, key };
}

export function listSshKeys(db: Db, userId: string): Promise<SshKey[]> {
  return db
    .selectFrom("ssh_keys")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

/** Deletes one of the user's own keys; false when it is not theirs or does not exist. */
export async function deleteSshKey(
  db: Db,
  userId: string,
  keyId: string,
): Promise<SshKey | undefined> {
  return db
    .deleteFrom("ssh_keys")
    .where("id", "=", keyId)
    .where("user_id", "=", userId)
    .returningAll()
    .executeTakeFirst();
}

/** authorized_keys lines for the given active users, each key tagged with its owner's email. */
export async function exportAuthorizedKeys(db: Db, userIds?: readonly string[]): Promise<string> {
  let query = db
    .selectFrom("ssh_keys")
    .innerJoin("users", "users.id", "ssh_keys.user_id")
    .select(["ssh_keys.public_key", "users.email"])
    .where("users.status", "=", "active")
    .orderBy("users.email")
    .orderBy("ssh_keys.created_at");
  if (userIds !== undefined) {
    if (userIds.length === 0) {
      return "";
    }
    query = query.where("users.id", "in", userIds);
  }
  const rows = await query.execute();
  return rows
    .flatMap((row) => {
      // Read again (type and blob): a key stored before a check existed, that OpenSSH would
      // refuse, is left out.
      const [type = "", blob = ""] = row.public_key.split(" ");
      const parsed = parseSshPublicKey(`${type} ${blob}`);
      if (!parsed.ok) {
        return [];
      }
      return [`${parsed.key.line} ${row.email}\n`];
    })
    .join("");
}

async function hasKey(db: Db, userId: string, fingerprint: string): Promise<boolean> {
  const row = await db
    .selectFrom("ssh_keys")
    .select("id")
    .where("user_id", "=", userId)
    .where("fingerprint", "=", fingerprint)
    .executeTakeFirst();
  return row !== undefined;
}
