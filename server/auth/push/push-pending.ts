// Whether what a push request confirms is still waiting for it (issue 17): a sign-in's login flow
// at the push step, or an app launch's per-app MFA hand-off (launch_handoffs, stage "mfa") that
// is neither used nor expired and belongs to the same user and app. The one test the desktop
// app's inbox and every answer apply, so a request outlives neither its sign-in nor its step-up.
import type { ExpressionBuilder } from "kysely";
import type { Db } from "../../storage/database.ts";
import type { PushRequest } from "../../storage/push-schema.ts";
import type { Database } from "../../storage/schema.ts";

/** A where-clause over push_requests: its sign-in or step-up is still waiting at `now`. */
export function stillWaiting(now: number) {
  return (eb: ExpressionBuilder<Database, "push_requests">) =>
    eb.or([
      eb.and([
        eb("push_requests.purpose", "=", "sign_in"),
        eb.exists(
          eb
            .selectFrom("login_flows")
            .select("login_flows.id")
            .whereRef("login_flows.id", "=", "push_requests.flow_id")
            .where("login_flows.step", "=", "push")
            .where("login_flows.expires_at", ">", now),
        ),
      ]),
      eb.and([
        eb("push_requests.purpose", "=", "step_up"),
        eb.exists(
          eb
            .selectFrom("launch_handoffs")
            .select("launch_handoffs.id")
            .whereRef("launch_handoffs.id", "=", "push_requests.flow_id")
            .whereRef("launch_handoffs.user_id", "=", "push_requests.user_id")
            .whereRef("launch_handoffs.app_id", "=", "push_requests.app_id")
            .where("launch_handoffs.stage", "=", "mfa")
            .where("launch_handoffs.consumed_at", "is", null)
            .where("launch_handoffs.expires_at", ">", now),
        ),
      ]),
    ]);
}

export async function isStillWaiting(db: Db, request: PushRequest, now: number): Promise<boolean> {
  const row = await db
    .selectFrom("push_requests")
    .select("id")
    .where("id", "=", request.id)
    .where(stillWaiting(now))
    .executeTakeFirst();
  return row !== undefined;
}
