// Sending a push request for a sign-in or an app launch's step-up (issue 17): fatigue limits
// applied, the request audited (its audit event is what "This wasn't me" reports), and every
// instance told through the change channel, so the desktop app's waiting request on any of them
// picks it up.
import { recordAuditEvent, type AuditOrigin } from "../../audit/audit-log.ts";
import type { Random } from "../../lib/clock.ts";
import type { PushPolicy } from "../../schemas/policies.ts";
import type { ChangeChannel } from "../../storage/change-channel.ts";
import { changeTopics } from "../../storage/change-topics.ts";
import type { Db } from "../../storage/database.ts";
import type { PushRequest } from "../../storage/push-schema.ts";
import type { User } from "../../storage/schema.ts";
import { createPushRequest, linkAuditEvent } from "./push-requests.ts";

/** What sending and answering push requests need besides the database. */
export type PushChannelContext = {
  db: Db;
  random: Random;
  changes: ChangeChannel;
};

/** Tells every instance that push requests changed (created, answered or cancelled). */
export async function announcePushChange(context: Pick<PushChannelContext, "changes">) {
  await context.changes.publish(changeTopics.pushRequests);
}

export async function sendPushRequest(
  context: PushChannelContext & { now: number },
  input: {
    /** The login flow's id, or the launch hand-off's for a step-up. */
    flowId: string;
    user: User;
    policy: PushPolicy;
    origin: AuditOrigin;
    /** A step-up names the app it opens; a sign-in names none. */
    stepUpAppId?: string;
  },
): Promise<{ ok: true; request: PushRequest } | { ok: false; reason: "limited" }> {
  const { db, now } = context;
  const { user, stepUpAppId } = input;
  const created = await createPushRequest(
    { db, random: context.random, now, policy: input.policy },
    {
      userId: user.id,
      purpose: stepUpAppId === undefined ? "sign_in" : "step_up",
      flowId: input.flowId,
      appId: stepUpAppId ?? null,
      origin: input.origin,
    },
  );
  const audited = { at: now, targetId: user.id, targetEmail: user.email, origin: input.origin };
  if (!created.ok) {
    await recordAuditEvent(db, {
      ...audited,
      event: "push.limited",
      details: { limit: input.policy.maxRequestsPerTenMinutes },
    });
    return created;
  }
  const eventId = await recordAuditEvent(db, {
    ...audited,
    event: "push.requested",
    details: {
      requestId: created.request.id,
      ...(stepUpAppId === undefined ? {} : { appId: stepUpAppId }),
    },
  });
  await linkAuditEvent(db, created.request.id, eventId);
  await announcePushChange(context);
  return created;
}
