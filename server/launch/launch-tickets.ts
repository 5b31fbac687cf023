// One-time launch tickets (docs/design.md §5 "SSO launch"): `id.secret`, ≥128 bits of CSPRNG, only
// SHA-256 of the secret stored, valid 60 seconds, single use, bound to one user and one app. The
// ticket is consumed by one conditional UPDATE, so two browsers racing for it cannot both win.
import type { Clock, Random } from "../lib/clock.ts";
import type { Db } from "../storage/database.ts";
import { isAppAssigned } from "../apps/app-store.ts";
import { issueToken, parseToken, secretMatches } from "../auth/token.ts";

export const launchTicketLifetimeMs = 60_000;

export type TicketContext = { db: Db; clock: Clock; random: Random };

export async function issueLaunchTicket(
  { db, clock, random }: TicketContext,
  binding: { userId: string; appId: string },
): Promise<{ ticket: string; expiresAt: number }> {
  const { id, token, secretHash } = issueToken(random);
  const now = clock.now();
  const expiresAt = now + launchTicketLifetimeMs;
  await db
    .insertInto("launch_tickets")
    .values({
      id,
      secret_hash: secretHash,
      user_id: binding.userId,
      app_id: binding.appId,
      created_at: now,
      expires_at: expiresAt,
      consumed_at: null,
    })
    .execute();
  // Spent and expired tickets are deleted by the timed sweep (storage/expiry-sweep.ts).
  return { ticket: token, expiresAt };
}

/** A ticket for one of the user's own apps; undefined when the app is not assigned to them. */
export async function issueLaunchTicketFor(
  context: TicketContext,
  binding: { userId: string; appId: string },
): Promise<{ ticket: string; expiresAt: number } | undefined> {
  if (!(await isAppAssigned(context.db, binding.userId, binding.appId))) {
    return undefined;
  }
  return issueLaunchTicket(context, binding);
}

export type TicketRedemption =
  | { ok: true; userId: string; appId: string }
  | { ok: false; reason: "unknown" | "expired" | "used" };

/** Consumes the ticket, once. A wrong secret leaves the ticket untouched ("unknown"). */
export async function redeemLaunchTicket(
  { db, clock }: Omit<TicketContext, "random">,
  ticket: string,
): Promise<TicketRedemption> {
  const parsed = parseToken(ticket);
  if (parsed === undefined) {
    return { ok: false, reason: "unknown" };
  }
  const row = await db
    .selectFrom("launch_tickets")
    .selectAll()
    .where("id", "=", parsed.id)
    .executeTakeFirst();
  if (row === undefined || !secretMatches(parsed.secret, row.secret_hash)) {
    return { ok: false, reason: "unknown" };
  }
  const now = clock.now();
  const consumed = await db
    .updateTable("launch_tickets")
    .set({ consumed_at: now })
    .where("id", "=", row.id)
    .where("consumed_at", "is", null)
    .where("expires_at", ">", now)
    .returning(["user_id", "app_id"])
    .executeTakeFirst();
  if (consumed === undefined) {
    return { ok: false, reason: row.consumed_at !== null ? "used" : "expired" };
  }
  return { ok: true, userId: consumed.user_id, appId: consumed.app_id };
}
