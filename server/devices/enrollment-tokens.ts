// IT enrollment tokens (docs/design.md §6): minted with the admin CLI or API, pushed to desktops
// through MDM / Group Policy, reusable until they expire or are revoked. Hashed at rest.
import { issueToken, parseToken, secretMatches } from "../auth/token.ts";
import type { Random } from "../lib/clock.ts";
import type { Db } from "../storage/database.ts";

export type EnrollmentTokenCheck = { ok: true } | { ok: false; reason: "invalid" | "expired" };

export async function createEnrollmentToken(
  db: Db,
  random: Random,
  input: { label: string; validDays: number; now: number },
): Promise<{ id: string; token: string; expiresAt: number }> {
  const { id, token, secretHash } = issueToken(random);
  const expiresAt = input.now + input.validDays * 24 * 3_600_000;
  await db
    .insertInto("device_enrollment_tokens")
    .values({
      id,
      secret_hash: secretHash,
      label: input.label,
      created_at: input.now,
      expires_at: expiresAt,
    })
    .execute();
  return { id, token, expiresAt };
}

export async function checkEnrollmentToken(
  db: Db,
  token: string,
  now: number,
): Promise<EnrollmentTokenCheck> {
  const parsed = parseToken(token);
  if (parsed === undefined) {
    return { ok: false, reason: "invalid" };
  }
  const row = await db
    .selectFrom("device_enrollment_tokens")
    .selectAll()
    .where("id", "=", parsed.id)
    .executeTakeFirst();
  if (
    row === undefined ||
    row.revoked_at !== null ||
    !secretMatches(parsed.secret, row.secret_hash)
  ) {
    return { ok: false, reason: "invalid" };
  }
  return now >= row.expires_at ? { ok: false, reason: "expired" } : { ok: true };
}

export async function revokeEnrollmentToken(db: Db, id: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable("device_enrollment_tokens")
    .set({ revoked_at: now })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Every token, newest first, without its secret: what the console lists. */
export function listEnrollmentTokens(db: Db) {
  return db
    .selectFrom("device_enrollment_tokens")
    .select(["id", "label", "created_at", "expires_at", "revoked_at"])
    .orderBy("created_at", "desc")
    .orderBy("id")
    .limit(500)
    .execute();
}
