// Recovery codes in storage: a set replaces the previous one whole, each code is consumed by one
// UPDATE … WHERE used_at IS NULL RETURNING (single use, also under races), and the count left.
import { randomUUID } from "node:crypto";
import type { Random } from "../../lib/clock.ts";
import type { Db } from "../../storage/database.ts";
import {
  generateRecoveryCodes,
  hashRecoveryCode,
  normalizeRecoveryCode,
} from "./recovery-codes.ts";

/** Generates a fresh set and returns the codes in the clear — the only time they exist so. */
export async function replaceRecoveryCodes(
  { db, random, now }: { db: Db; random: Random; now: number },
  userId: string,
): Promise<string[]> {
  const { codes, hashes } = generateRecoveryCodes(random);
  await db.transaction().execute(async (transaction) => {
    await transaction.deleteFrom("mfa_recovery_codes").where("user_id", "=", userId).execute();
    await transaction
      .insertInto("mfa_recovery_codes")
      .values(
        hashes.map((codeHash) => ({
          id: randomUUID(),
          user_id: userId,
          code_hash: codeHash,
          created_at: now,
          used_at: null,
        })),
      )
      .execute();
  });
  return codes;
}

export type RecoveryCodeCheck = { ok: true } | { ok: false; reason: "malformed" | "invalid" };

/**
 * Uses up one of this user's codes. The lookup is by SHA-256 of an 80-bit code scoped to the
 * user, so another user's code, a used one, and a wrong one are all simply "invalid".
 */
export async function consumeRecoveryCode(
  db: Db,
  userId: string,
  input: string,
  now: number,
): Promise<RecoveryCodeCheck> {
  const code = normalizeRecoveryCode(input);
  if (code === undefined) {
    return { ok: false, reason: "malformed" };
  }
  const used = await db
    .updateTable("mfa_recovery_codes")
    .set({ used_at: now })
    .where("user_id", "=", userId)
    .where("code_hash", "=", hashRecoveryCode(code))
    .where("used_at", "is", null)
    .returning("id")
    .executeTakeFirst();
  return used === undefined ? { ok: false, reason: "invalid" } : { ok: true };
}

export async function countRecoveryCodesLeft(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom("mfa_recovery_codes")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function removeRecoveryCodes(db: Db, userId: string): Promise<void> {
  await db.deleteFrom("mfa_recovery_codes").where("user_id", "=", userId).execute();
}
