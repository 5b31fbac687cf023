// The authenticator-app factor in storage: setup (a pending, sealed secret), confirmation with a
// current code, verification with the replay marker raised atomically, and removal.
import { randomUUID } from "node:crypto";
import type { Db } from "../../storage/database.ts";
import type { TotpFactor } from "../../storage/mfa-schema.ts";
import { openSecret, sealSecret } from "../../lib/secret-box.ts";
import type { KeyContext } from "../../storage/server-key.ts";
import { resolveSecretKey } from "../../storage/server-key.ts";
import { createTotpEnrollment, verifyTotp } from "./totp.ts";

export type TotpContext = KeyContext;

export type TotpCheck =
  { ok: true; step: number } | { ok: false; reason: "malformed" | "invalid" | "replayed" };

export function findTotpFactor(
  db: Db,
  userId: string,
  status: TotpFactor["status"] = "active",
): Promise<TotpFactor | undefined> {
  return db
    .selectFrom("mfa_totp_factors")
    .selectAll()
    .where("user_id", "=", userId)
    .where("status", "=", status)
    .executeTakeFirst();
}

export async function hasActiveTotp(db: Db, userId: string): Promise<boolean> {
  return (await findTotpFactor(db, userId)) !== undefined;
}

/** Starts (or restarts) setup: a new 160-bit secret, sealed and kept pending until confirmed. */
export async function startTotpSetup(
  context: TotpContext,
  user: { id: string; email: string },
  issuer: string,
): Promise<{ secret: string; uri: string }> {
  const { db, clock, random } = context;
  const enrollment = createTotpEnrollment({ random, issuer, accountName: user.email });
  const id = randomUUID();
  const sealed = sealSecret(await resolveSecretKey(context), enrollment.secret, id, random);
  await db
    .deleteFrom("mfa_totp_factors")
    .where("user_id", "=", user.id)
    .where("status", "=", "pending")
    .execute();
  await db
    .insertInto("mfa_totp_factors")
    .values({
      id,
      user_id: user.id,
      status: "pending",
      secret_sealed: sealed,
      created_at: clock.now(),
      confirmed_at: null,
    })
    .execute();
  return enrollment;
}

export type ConfirmResult =
  | { ok: true; replaced: boolean }
  | { ok: false; reason: "not_started" | "malformed" | "invalid" | "replayed" };

/** A current code from the app turns the pending secret into the user's factor (replacing any). */
export async function confirmTotpSetup(
  context: TotpContext,
  userId: string,
  code: string,
): Promise<ConfirmResult> {
  const { db, clock } = context;
  const pending = await findTotpFactor(db, userId, "pending");
  if (pending === undefined) {
    return { ok: false, reason: "not_started" };
  }
  const check = await checkTotpCode(context, pending, code);
  if (!check.ok) {
    return check;
  }
  return db.transaction().execute(async (transaction) => {
    const removed = await transaction
      .deleteFrom("mfa_totp_factors")
      .where("user_id", "=", userId)
      .where("status", "=", "active")
      .executeTakeFirst();
    const promoted = await transaction
      .updateTable("mfa_totp_factors")
      .set({ status: "active", confirmed_at: clock.now() })
      .where("id", "=", pending.id)
      .where("status", "=", "pending")
      .executeTakeFirst();
    if (promoted.numUpdatedRows === 0n) {
      return { ok: false as const, reason: "not_started" as const }; // a racing confirm won
    }
    return { ok: true as const, replaced: removed.numDeletedRows > 0n };
  });
}

/**
 * Verifies a code against a factor. A code is accepted once: the step is stored by one
 * UPDATE … WHERE last_used_step < :step, so of two requests racing with the same code (on one
 * instance or many sharing a database) exactly one sees its row updated.
 */
export async function checkTotpCode(
  context: TotpContext,
  factor: TotpFactor,
  code: string,
): Promise<TotpCheck> {
  const { db, clock } = context;
  const secret = openSecret(await resolveSecretKey(context), factor.secret_sealed, factor.id);
  const verdict = verifyTotp({
    secret,
    code,
    nowMs: clock.now(),
    lastAcceptedStep: factor.last_used_step,
  });
  if (!verdict.ok) {
    return verdict;
  }
  const stored = await db
    .updateTable("mfa_totp_factors")
    .set({ last_used_step: verdict.step })
    .where("id", "=", factor.id)
    .where("last_used_step", "<", verdict.step)
    .returning("id")
    .executeTakeFirst();
  return stored === undefined ? { ok: false, reason: "replayed" } : verdict;
}

/** Removes the factor (and any setup in progress); returns whether there was an active one. */
export async function removeTotp(db: Db, userId: string): Promise<boolean> {
  const active = await hasActiveTotp(db, userId);
  await db.deleteFrom("mfa_totp_factors").where("user_id", "=", userId).execute();
  return active;
}
