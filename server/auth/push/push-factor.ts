// Push as the employee's own factor in Security (issue 17): whether their desktop app approves
// their sign-ins, on which computers, and turning it off (and on again) like any factor — a
// change that is audited and, when it turns push off, ends the user's other sessions
// (docs/design.md §5). A policy that requires push cannot be turned off.
import { recordAuditEvent, type AuditOrigin } from "../../audit/audit-log.ts";
import type { Clock } from "../../lib/clock.ts";
import { readPolicy } from "../../policies/policy-store.ts";
import type { Db } from "../../storage/database.ts";
import { invalidateUserSessions, type ValidSession } from "../session.ts";
import { listPushDevices } from "./push-devices.ts";
import { readPushUserState } from "./push-state.ts";

export type PushFactor = {
  /** The policy allows push and one of the user's computers can approve. */
  available: boolean;
  required: boolean;
  /** Not turned off by the user (always on while the policy requires it). */
  on: boolean;
  /** The computers that approve, by name. */
  devices: string[];
};

export async function describePushFactor(db: Db, userId: string): Promise<PushFactor> {
  const policy = await readPolicy(db, "push");
  if (policy.mode === "off") {
    return { available: false, required: false, on: false, devices: [] };
  }
  const devices = await listPushDevices(db, userId);
  const state = await readPushUserState(db, userId);
  const required = policy.mode === "required";
  return {
    available: devices.length > 0,
    required,
    on: required || state.turnedOffAt === null,
    devices: devices.map((device) => device.name),
  };
}

export async function turnPushOff(
  context: { db: Db; clock: Clock },
  input: { auth: ValidSession; origin: AuditOrigin },
): Promise<{ ok: true } | { ok: false; reason: "required_by_policy" }> {
  const { db, clock } = context;
  const { user, session } = input.auth;
  if ((await readPolicy(db, "push")).mode === "required") {
    return { ok: false, reason: "required_by_policy" };
  }
  const now = clock.now();
  await db
    .insertInto("push_user_state")
    .values({ user_id: user.id, denials_in_row: 0, paused_until: null, turned_off_at: now })
    .onConflict((conflict) => conflict.column("user_id").doUpdateSet({ turned_off_at: now }))
    .execute();
  await invalidateUserSessions(db, user.id, session.id);
  await recordAuditEvent(db, {
    event: "push.turned_off",
    at: now,
    actorId: user.id,
    targetId: user.id,
    targetEmail: user.email,
    origin: input.origin,
  });
  return { ok: true };
}

export async function turnPushOn(
  context: { db: Db; clock: Clock },
  input: { auth: ValidSession; origin: AuditOrigin },
): Promise<void> {
  const { db, clock } = context;
  const { user } = input.auth;
  await db
    .updateTable("push_user_state")
    .set({ turned_off_at: null })
    .where("user_id", "=", user.id)
    .execute();
  await recordAuditEvent(db, {
    event: "push.turned_on",
    at: clock.now(),
    actorId: user.id,
    targetId: user.id,
    targetEmail: user.email,
    origin: input.origin,
  });
}
