// The access requests a desktop app tells its user about (issue 20): those waiting for a decision
// of a person this device signs in — the account that enrolled it and the accounts whose device
// login is bound to it — resolved when asked like the portal's "To approve" list, so an approver
// removed mid-flow, a decided or cancelled request and one's own request are never announced.
import type { ApprovalNotice } from "../schemas/approval-notices.ts";
import { approvalNoticesPerAnswer } from "../schemas/approval-notices.ts";
import type { Db } from "../storage/database.ts";
import { stepsOf, waitsForDecisionOf } from "./notify-approvers.ts";
import { undecided } from "./request-views.ts";

/** The people a device acts for; none when it is revoked or unknown. */
async function peopleOnDevice(db: Db, deviceId: string): Promise<string[]> {
  const device = await db
    .selectFrom("devices")
    .select("user_id")
    .where("id", "=", deviceId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (device === undefined) {
    return [];
  }
  const bound = await db
    .selectFrom("passkeys")
    .select("user_id")
    .where("device_id", "=", deviceId)
    .execute();
  const people = new Set(bound.map((row) => row.user_id));
  if (device.user_id !== null) {
    people.add(device.user_id);
  }
  return [...people];
}

async function nameOf(db: Db, table: "users" | "apps", id: string): Promise<string> {
  const row = await db
    .selectFrom(table)
    .select("display_name")
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.display_name ?? "";
}

/** The newest requests waiting for someone on this device, at most `approvalNoticesPerAnswer`. */
export async function approvalNoticesFor(
  db: Db,
  deviceId: string,
  now: number,
): Promise<ApprovalNotice[]> {
  const people = await peopleOnDevice(db, deviceId);
  if (people.length === 0) {
    return [];
  }
  const notices: ApprovalNotice[] = [];
  for (const request of (await undecided(db, now)).reverse()) {
    if (notices.length === approvalNoticesPerAnswer) {
      break;
    }
    let waits = false;
    for (const person of people) {
      waits ||= await waitsForDecisionOf(db, request, person);
    }
    if (!waits) {
      continue;
    }
    const step = request.approved_steps + 1;
    notices.push({
      key: `${request.id}.${step}`,
      requestId: request.id,
      step,
      steps: stepsOf(request).length,
      requester: { displayName: await nameOf(db, "users", request.requester_id) },
      appName: await nameOf(db, "apps", request.app_id),
      createdAt: new Date(request.created_at).toISOString(),
    });
  }
  return notices;
}
