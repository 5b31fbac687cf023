// Push requests (issue 17): created for one user and one pending sign-in, at most N per user in
// any 10 minutes, alive for 2 minutes, answered once — approve and deny race through one
// conditional UPDATE, so exactly one wins, on one instance or many.
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Random } from "../../lib/clock.ts";
import type { PushPolicy } from "../../schemas/policies.ts";
import type { Db } from "../../storage/database.ts";
import type {
  PushDenyReason,
  PushPurpose,
  PushRequest,
  PushStatus,
} from "../../storage/push-schema.ts";
import { numberChoices, randomTwoDigitNumber } from "./push-numbers.ts";

export const pushRequestLifetimeMs = 2 * 60_000;
export const fatigueWindowMs = 10 * 60_000;

export type NewPushRequest = {
  userId: string;
  purpose: PushPurpose;
  flowId: string;
  appId?: string | null;
  origin: { ip: string | null; userAgent: string | null };
};

/**
 * Creates a request unless the user already had the policy's number of them in the last 10
 * minutes. The count includes the new row and runs after its insert, so parallel sign-ins on any
 * number of instances can never exceed the limit (at worst they all back off).
 */
export async function createPushRequest(
  context: { db: Db; random: Random; now: number; policy: PushPolicy },
  input: NewPushRequest,
): Promise<{ ok: true; request: PushRequest } | { ok: false; reason: "limited" }> {
  const { db, random, now } = context;
  await cancelPendingPushRequests(db, input.flowId, now);
  const number = randomTwoDigitNumber(random);
  const request: PushRequest = {
    id: randomUUID(),
    user_id: input.userId,
    purpose: input.purpose,
    flow_id: input.flowId,
    number,
    choices: JSON.stringify(numberChoices(random, number)),
    nonce: random.bytes(32).toString("base64url"),
    status: "pending",
    deny_reason: null,
    device_id: null,
    app_id: input.appId ?? null,
    ip: input.origin.ip,
    user_agent: input.origin.userAgent?.slice(0, 512) ?? null,
    audit_event_id: null,
    created_at: now,
    expires_at: now + pushRequestLifetimeMs,
    updated_at: now,
    answered_at: null,
  };
  await db.insertInto("push_requests").values(request).execute();
  if (
    (await countRecentPushRequests(db, input.userId, now)) > context.policy.maxRequestsPerTenMinutes
  ) {
    await db.deleteFrom("push_requests").where("id", "=", request.id).execute();
    return { ok: false, reason: "limited" };
  }
  // Rows older than any window or lifetime are swept as new ones come, like login flows.
  await db
    .deleteFrom("push_requests")
    .where("user_id", "=", input.userId)
    .where("created_at", "<=", now - 24 * 3_600_000)
    .execute();
  return { ok: true, request };
}

/** The user's requests in the fatigue window ending now. */
export async function countRecentPushRequests(db: Db, userId: string, now: number) {
  const { count } = await db
    .selectFrom("push_requests")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("user_id", "=", userId)
    .where("created_at", ">", now - fatigueWindowMs)
    .executeTakeFirstOrThrow();
  return Number(count);
}

export async function linkAuditEvent(db: Db, requestId: string, eventId: string): Promise<void> {
  await db
    .updateTable("push_requests")
    .set({ audit_event_id: eventId })
    .where("id", "=", requestId)
    .execute();
}

export async function findPushRequest(db: Db, id: string): Promise<PushRequest | undefined> {
  return db.selectFrom("push_requests").selectAll().where("id", "=", id).executeTakeFirst();
}

/**
 * The flow's current request (a sign-in may ask again after a denial or an expiry): the pending
 * one if any (a new request cancels the flow's pending ones first), else the last one changed.
 */
export async function latestPushRequest(db: Db, flowId: string): Promise<PushRequest | undefined> {
  return db
    .selectFrom("push_requests")
    .selectAll()
    .where("flow_id", "=", flowId)
    .orderBy(sql`case when status = 'pending' then 0 else 1 end`)
    .orderBy("updated_at", "desc")
    .orderBy("created_at", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** A request's state as the browser and the app see it: pending turns into expired by itself. */
export function pushStateOf(request: PushRequest, now: number): PushStatus | "expired" {
  return request.status === "pending" && now >= request.expires_at ? "expired" : request.status;
}

/**
 * Answers a pending, unexpired request: one conditional UPDATE, so of two racing answers (two
 * approvals, or an approval and a denial, on any instances) exactly one changes the row.
 */
export async function answerPushRequest(
  db: Db,
  input: {
    id: string;
    status: "approved" | "denied";
    denyReason?: PushDenyReason;
    deviceId: string;
    now: number;
  },
): Promise<boolean> {
  const result = await db
    .updateTable("push_requests")
    .set({
      status: input.status,
      deny_reason: input.denyReason ?? null,
      device_id: input.deviceId,
      answered_at: input.now,
      updated_at: input.now,
    })
    .where("id", "=", input.id)
    .where("status", "=", "pending")
    .where("expires_at", ">", input.now)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The sign-in moved on (a code instead, abandoned, superseded): its pending requests end. */
export async function cancelPendingPushRequests(
  db: Db,
  flowId: string,
  now: number,
): Promise<number> {
  const result = await db
    .updateTable("push_requests")
    .set({ status: "cancelled", updated_at: now })
    .where("flow_id", "=", flowId)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
