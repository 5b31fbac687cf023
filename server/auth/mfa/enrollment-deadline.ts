// Admin-required MFA (docs/design.md §1.1): when the policy says "required" and the user has no
// factor, sign-in gives the session an enrollment deadline — the user's first sign-in under the
// policy plus the grace period. Past it the session serves nothing but enrollment; before it the
// user may skip and the portal shows the date.
import type { Policies } from "../../schemas/policies.ts";
import type { Db } from "../../storage/database.ts";
import type { User } from "../../storage/schema.ts";

const dayMs = 24 * 60 * 60 * 1000;

/** The deadline to put on a new session, or null when nothing is asked of the user. */
export async function mfaEnrollmentDeadline(
  db: Db,
  user: User,
  policy: Policies["mfa"],
  hasFactor: boolean,
  now: number,
): Promise<number | null> {
  if (policy.mode !== "required" || hasFactor) {
    return null;
  }
  let since = user.mfa_required_since;
  if (since === null) {
    // The grace period starts once, at the first sign-in under the policy, on every instance.
    await db
      .updateTable("users")
      .set({ mfa_required_since: now })
      .where("id", "=", user.id)
      .where("mfa_required_since", "is", null)
      .execute();
    const row = await db
      .selectFrom("users")
      .select("mfa_required_since")
      .where("id", "=", user.id)
      .executeTakeFirstOrThrow();
    since = row.mfa_required_since ?? now;
  }
  return since + policy.gracePeriodDays * dayMs;
}

/** Whether a session is held at enrollment right now (its deadline has passed). */
export function mustEnrollNow(session: { mfa_enroll_by: number | null }, now: number): boolean {
  return session.mfa_enroll_by !== null && now >= session.mfa_enroll_by;
}
