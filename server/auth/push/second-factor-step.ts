// Which second factor a sign-in asks for once the password was right (issue 17): the desktop app
// when push can ask now (a request goes out at once), else the code. A user whose only factor is
// push waits at the push step while it is paused or over its limit; the prompt says until when.
import type { AuditOrigin } from "../../audit/audit-log.ts";
import type { LoginFlow, User } from "../../storage/schema.ts";
import type { PushAvailability } from "./push-availability.ts";
import { sendPushRequest, type PushChannelContext } from "./push-offer.ts";

export async function enterSecondFactorStep(
  context: PushChannelContext & { now: number },
  input: {
    flow: LoginFlow;
    user: User;
    hasTotp: boolean;
    push: PushAvailability;
    origin: AuditOrigin;
  },
): Promise<"mfa" | "push" | undefined> {
  const { db } = context;
  const { flow, user, push } = input;
  let step: "mfa" | "push" =
    push.kind === "none" || (push.kind === "paused" && input.hasTotp) ? "mfa" : "push";
  // The flow moves first, so a request never exists for a flow another request already moved.
  const advanced = await db
    .updateTable("login_flows")
    .set({ step, user_id: user.id })
    .where("id", "=", flow.id)
    .where("step", "=", "password")
    .returning("id")
    .executeTakeFirst();
  if (advanced === undefined) {
    return undefined;
  }
  if (push.kind === "ready") {
    const sent = await sendPushRequest(context, {
      flowId: flow.id,
      user,
      policy: push.policy,
      origin: input.origin,
    });
    if (!sent.ok && input.hasTotp) {
      step = "mfa";
      await db.updateTable("login_flows").set({ step }).where("id", "=", flow.id).execute();
    }
  }
  return step;
}
