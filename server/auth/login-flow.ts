// The server-side sign-in flow (docs/design.md §5): identify → password → second factor → session.
// The flow lives in the database behind its own HttpOnly cookie, so no step can be skipped from the
// client.
import type { Db } from "../storage/database.ts";
import type { LoginFlow, Portal } from "../storage/schema.ts";
import { normalizeEmail } from "../storage/users.ts";
import type { SessionContext } from "./session.ts";
import { issueToken, parseToken, secretMatches } from "./token.ts";

export const loginFlowLifetimeMs = 10 * 60 * 1000;

export async function startLoginFlow(
  { db, clock, random }: SessionContext,
  email: string,
  portal: Portal = "user",
): Promise<{ token: string; flow: LoginFlow }> {
  const { id, token, secretHash } = issueToken(random);
  const now = clock.now();
  const flow: LoginFlow = {
    id,
    secret_hash: secretHash,
    email: normalizeEmail(email),
    step: "password",
    user_id: null,
    mfa_failures: 0,
    portal,
    created_at: now,
    expires_at: now + loginFlowLifetimeMs,
  };
  // Expired flows are deleted by the timed sweep (storage/expiry-sweep.ts), once for all instances.
  await db.insertInto("login_flows").values(flow).execute();
  return { token, flow };
}

export async function readLoginFlow(
  { db, clock }: Omit<SessionContext, "random">,
  token: string,
): Promise<LoginFlow | undefined> {
  const parsed = parseToken(token);
  if (parsed === undefined) {
    return undefined;
  }
  const flow = await db
    .selectFrom("login_flows")
    .selectAll()
    .where("id", "=", parsed.id)
    .executeTakeFirst();
  if (flow === undefined || !secretMatches(parsed.secret, flow.secret_hash)) {
    return undefined;
  }
  return clock.now() < flow.expires_at ? flow : undefined;
}

/** Consumes the flow; returns false when another request already finished it. */
export async function finishLoginFlow(db: Db, flowId: string): Promise<boolean> {
  const result = await db.deleteFrom("login_flows").where("id", "=", flowId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Wrong codes one sign-in attempt may spend before it has to start over (issue 4). */
export const maxSecondFactorFailures = 5;

/** Counts one wrong code against the flow; returns the new count (atomic across instances). */
export async function countSecondFactorFailure(db: Db, flowId: string): Promise<number> {
  const row = await db
    .updateTable("login_flows")
    .set((eb) => ({ mfa_failures: eb("mfa_failures", "+", 1) }))
    .where("id", "=", flowId)
    .returning("mfa_failures")
    .executeTakeFirst();
  return row?.mfa_failures ?? maxSecondFactorFailures;
}
