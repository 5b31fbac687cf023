// What a redeemed launch ticket leaves in the system browser, behind an HttpOnly cookie: a
// pending per-app MFA step-up ("mfa"), or the proof the app's OIDC authorization request redeems
// once ("oidc"). Same token scheme as tickets: `id.secret`, SHA-256 at rest, atomic consumption.
import { issueToken, parseToken, secretMatches } from "../auth/token.ts";
import type { HandoffStage } from "../storage/apps-schema.ts";
import type { TicketContext } from "./launch-tickets.ts";

export const handoffLifetimeMs: Record<HandoffStage, number> = {
  mfa: 5 * 60_000, // time to find the phone and type a code
  oidc: 2 * 60_000, // the app's redirect back to /oidc/auth follows within seconds
};

/** Wrong codes a step-up tolerates before the launch is denied (start again from the portal). */
export const maxStepUpFailures = 5;

export type Handoff = { id: string; userId: string; appId: string; failedAttempts: number };

export async function createHandoff(
  { db, clock, random }: TicketContext,
  stage: HandoffStage,
  binding: { userId: string; appId: string },
): Promise<string> {
  const { id, token, secretHash } = issueToken(random);
  const now = clock.now();
  await db
    .insertInto("launch_handoffs")
    .values({
      id,
      secret_hash: secretHash,
      stage,
      user_id: binding.userId,
      app_id: binding.appId,
      created_at: now,
      expires_at: now + handoffLifetimeMs[stage],
      consumed_at: null,
    })
    .execute();
  // Spent and expired hand-offs are deleted by the timed sweep (storage/expiry-sweep.ts).
  return token;
}

/** The live (unexpired, unconsumed) hand-off of this stage the token proves, if any. */
export async function findHandoff(
  { db, clock }: Omit<TicketContext, "random">,
  token: string | undefined,
  stage: HandoffStage,
): Promise<Handoff | undefined> {
  const parsed = token === undefined ? undefined : parseToken(token);
  if (parsed === undefined) {
    return undefined;
  }
  const row = await db
    .selectFrom("launch_handoffs")
    .selectAll()
    .where("id", "=", parsed.id)
    .where("stage", "=", stage)
    .executeTakeFirst();
  if (
    row === undefined ||
    !secretMatches(parsed.secret, row.secret_hash) ||
    row.consumed_at !== null ||
    clock.now() >= row.expires_at
  ) {
    return undefined;
  }
  return {
    id: row.id,
    userId: row.user_id,
    appId: row.app_id,
    failedAttempts: row.failed_attempts,
  };
}

/** Marks the hand-off used; false when another request consumed it first. */
export async function consumeHandoff(
  { db, clock }: Omit<TicketContext, "random">,
  handoff: Handoff,
): Promise<boolean> {
  const now = clock.now();
  const result = await db
    .updateTable("launch_handoffs")
    .set({ consumed_at: now })
    .where("id", "=", handoff.id)
    .where("consumed_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Counts a wrong step-up code atomically; past the limit the hand-off is spent (denied). */
export async function recordStepUpFailure(
  { db, clock }: Omit<TicketContext, "random">,
  handoff: Handoff,
): Promise<{ denied: boolean }> {
  const row = await db
    .updateTable("launch_handoffs")
    .set((eb) => ({ failed_attempts: eb("failed_attempts", "+", 1) }))
    .where("id", "=", handoff.id)
    .returning("failed_attempts")
    .executeTakeFirst();
  const attempts = row?.failed_attempts ?? maxStepUpFailures;
  if (attempts >= maxStepUpFailures) {
    await db
      .updateTable("launch_handoffs")
      .set({ consumed_at: clock.now() })
      .where("id", "=", handoff.id)
      .execute();
    return { denied: true };
  }
  return { denied: false };
}
