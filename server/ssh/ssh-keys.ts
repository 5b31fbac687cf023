// A user's SSH keys: add (parsed and validated), list, delete, and the authorized_keys export
// that servers consume. Outcomes are values; the route maps them to codes.
import { randomUUID } from "node:crypto";
import type { Db } from "../storage/database.ts";
import type { SshKey } from "../storage/schema.ts";
import { parseSshPublicKey, type SshKeyRejection } from "./ssh-public-key.ts";

export const maxSshKeysPerUser = 50;

export type AddSshKeyResult =
  { ok: true; key: SshKey } | { ok: false; reason: SshKeyRejection | "duplicate" | "too_many" };

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
    return { ok: false, reason: "too_many" };
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
  return rows.map((row) => `${withComment(row.public_key, row.email)}\n`).join("");
}

function withComment(line: string, comment: string): string {
  const [type = "", body = ""] = line.split(" ");
  return `${type} ${body} ${comment}`;
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
