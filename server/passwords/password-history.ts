// "No reuse of the last N passwords": earlier hashes are kept (argon2id, like the live one)
// and a new password is verified against each of them.
import { randomUUID } from "node:crypto";
import { verifyPassword } from "../auth/password.ts";
import type { Db } from "../storage/database.ts";

export async function isRecentPassword(
  db: Db,
  user: { id: string; password_hash: string | null },
  password: string,
  historyCount: number,
): Promise<boolean> {
  if (historyCount === 0) {
    return false;
  }
  // The current password counts as the most recent one.
  const older = await db
    .selectFrom("password_history")
    .select("password_hash")
    .where("user_id", "=", user.id)
    .orderBy("created_at", "desc")
    .limit(Math.max(0, historyCount - 1))
    .execute();
  const hashes = [user.password_hash, ...older.map((row) => row.password_hash)].filter(
    (hash): hash is string => hash !== null,
  );
  for (const hash of hashes) {
    if (await verifyPassword(hash, password)) {
      return true;
    }
  }
  return false;
}

/** Moves the outgoing hash into history and trims what the largest allowed N never needs. */
export async function rememberPassword(
  db: Db,
  userId: string,
  outgoingHash: string | null,
  now: number,
): Promise<void> {
  if (outgoingHash === null) {
    return;
  }
  await db
    .insertInto("password_history")
    .values({ id: randomUUID(), user_id: userId, password_hash: outgoingHash, created_at: now })
    .execute();
  const keep = await db
    .selectFrom("password_history")
    .select("id")
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .limit(24)
    .execute();
  await db
    .deleteFrom("password_history")
    .where("user_id", "=", userId)
    .where(
      "id",
      "not in",
      keep.map((row) => row.id),
    )
    .execute();
}
