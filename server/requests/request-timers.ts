// The clock's part of access requests, run by a background job under its lock
// (plugins/background-jobs.ts): undecided requests expire, time-bound access is announced a day
// before it ends and then ends. Each change is one conditional UPDATE, so even two runs at once
// (or an approver deciding at the same instant) act on a request exactly once.
import { findApp } from "../apps/app-store.ts";
import { recordAuditEvent } from "../audit/audit-log.ts";
import type { Mailer } from "../mail/mailer.ts";
import type { Db } from "../storage/database.ts";
import { changeTopics, type AnnounceChange } from "../storage/change-topics.ts";
import type { AccessRequestRow } from "../storage/requests-schema.ts";
import {
  accessEndedMail,
  accessEndingMail,
  mailAccounts,
  requestExpiredMail,
} from "./request-mails.ts";

const day = 24 * 60 * 60_000;
/** How far ahead the "your access ends soon" mail goes out. */
export const endingNoticeMilliseconds = day;

/** The background job's name, and its lock's: the servers and `gatehouse-admin requests` share it. */
export const requestTimersJob = "access-request-timers";

type TimerContext = {
  db: Db;
  mailer: Mailer;
  now: number;
  /** Expired requests no longer wait: the desktop apps showing them are told (issue 20). */
  announce: AnnounceChange;
};

export type TimerRun = { expired: number; reminded: number; ended: number };

export async function runRequestTimers(context: TimerContext): Promise<TimerRun> {
  const expired = await expireUndecidedRequests(context);
  if (expired > 0) {
    await context.announce(changeTopics.accessRequests);
  }
  return {
    expired,
    reminded: await announceEndingAccess(context),
    ended: await endTimeBoundAccess(context),
  };
}

async function appName(db: Db, appId: string): Promise<string> {
  return (await findApp(db, appId))?.display_name ?? appId;
}

export async function expireUndecidedRequests(context: TimerContext): Promise<number> {
  const { db, now } = context;
  const due = await db
    .selectFrom("access_requests")
    .selectAll()
    .where("state", "=", "pending")
    .where("expires_at", "<=", now)
    .execute();
  let expired = 0;
  for (const request of due) {
    const won = await db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable("access_requests")
        .set({ state: "expired", decided_at: now })
        .where("id", "=", request.id)
        .where("state", "=", "pending")
        .executeTakeFirst();
      if (updated.numUpdatedRows === 0n) {
        return false;
      }
      await recordAuditEvent(trx, {
        event: "request.expired",
        at: now,
        targetId: request.requester_id,
        details: { requestId: request.id, appId: request.app_id },
      });
      return true;
    });
    if (won) {
      expired += 1;
      await mailAccounts(context, [request.requester_id], requestExpiredMail, {
        app: await appName(db, request.app_id),
      });
    }
  }
  return expired;
}

export async function announceEndingAccess(context: TimerContext): Promise<number> {
  const { db, now } = context;
  const claimed = await db
    .updateTable("access_requests")
    .set({ grant_reminded_at: now })
    .where("state", "=", "approved")
    .where("grant_ended_at", "is", null)
    .where("grant_reminded_at", "is", null)
    .where("grant_ends_at", ">", now)
    .where("grant_ends_at", "<=", now + endingNoticeMilliseconds)
    .returningAll()
    .execute();
  for (const request of claimed) {
    await mailAccounts(
      context,
      [request.requester_id],
      accessEndingMail,
      { app: await appName(db, request.app_id) },
      { endsAt: request.grant_ends_at ?? now },
    );
  }
  return claimed.length;
}

export async function endTimeBoundAccess(context: TimerContext): Promise<number> {
  const { db, now } = context;
  const due = await db
    .selectFrom("access_requests")
    .selectAll()
    .where("state", "=", "approved")
    .where("grant_ended_at", "is", null)
    .where("grant_ends_at", "<=", now)
    .execute();
  let ended = 0;
  for (const request of due) {
    if (await endGrant(db, request, now)) {
      ended += 1;
      await mailAccounts(context, [request.requester_id], accessEndedMail, {
        app: await appName(db, request.app_id),
      });
    }
  }
  return ended;
}

/**
 * Ends one grant: the requester leaves the target group, unless another grant into the same
 * group still runs (then the membership is that grant's to end).
 */
async function endGrant(db: Db, request: AccessRequestRow, now: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("access_requests")
      .set({ grant_ended_at: now })
      .where("id", "=", request.id)
      .where("grant_ended_at", "is", null)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) {
      return false;
    }
    const stillGranted = await trx
      .selectFrom("access_requests")
      .select("id")
      .where("requester_id", "=", request.requester_id)
      .where("target_group_id", "=", request.target_group_id)
      .where("state", "=", "approved")
      .where("grant_ended_at", "is", null)
      .where((eb) => eb.or([eb("grant_ends_at", "is", null), eb("grant_ends_at", ">", now)]))
      .executeTakeFirst();
    if (stillGranted === undefined) {
      await trx
        .deleteFrom("group_members")
        .where("group_id", "=", request.target_group_id)
        .where("user_id", "=", request.requester_id)
        .execute();
    }
    await recordAuditEvent(trx, {
      event: "access.grant_ended",
      at: now,
      targetId: request.requester_id,
      details: {
        requestId: request.id,
        appId: request.app_id,
        groupId: request.target_group_id,
        membershipKept: stillGranted !== undefined,
      },
    });
    return true;
  });
}
