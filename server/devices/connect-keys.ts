// Connect keys (docs/design.md §1.2): a user generates one in Security to enroll a device. Valid
// one hour, shown once, single use; only SHA-256 of its secret is stored (auth/token.ts).
import type { Db } from "../storage/database.ts";
import type { Random } from "../lib/clock.ts";
import { issueToken, parseToken, secretMatches } from "../auth/token.ts";

export const connectKeyLifetimeMs = 60 * 60 * 1000;

export type ConnectKeyUse =
  { ok: true; userId: string } | { ok: false; reason: "invalid" | "expired" | "used" };

export async function createConnectKey(
  db: Db,
  random: Random,
  userId: string,
  now: number,
): Promise<{ key: string; expiresAt: number }> {
  const { id, token, secretHash } = issueToken(random);
  const expiresAt = now + connectKeyLifetimeMs;
  await db
    .insertInto("device_connect_keys")
    .values({
      id,
      user_id: userId,
      secret_hash: secretHash,
      created_at: now,
      expires_at: expiresAt,
    })
    .execute();
  return { key: token, expiresAt };
}

/** Spends a connect key. The UPDATE only matches an unused row, so two racing uses get one. */
export async function useConnectKey(db: Db, key: string, now: number): Promise<ConnectKeyUse> {
  const parsed = parseToken(key);
  if (parsed === undefined) {
    return { ok: false, reason: "invalid" };
  }
  const row = await db
    .selectFrom("device_connect_keys")
    .selectAll()
    .where("id", "=", parsed.id)
    .executeTakeFirst();
  if (row === undefined || !secretMatches(parsed.secret, row.secret_hash)) {
    return { ok: false, reason: "invalid" };
  }
  if (row.used_at !== null) {
    return { ok: false, reason: "used" };
  }
  if (now >= row.expires_at) {
    return { ok: false, reason: "expired" };
  }
  const spent = await db
    .updateTable("device_connect_keys")
    .set({ used_at: now })
    .where("id", "=", row.id)
    .where("used_at", "is", null)
    .returning("user_id")
    .executeTakeFirst();
  return spent === undefined ? { ok: false, reason: "used" } : { ok: true, userId: spent.user_id };
}
