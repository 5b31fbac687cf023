// Whether a sign-in (or an app's step-up) can ask the desktop app (issue 17): the policy allows
// push, the user has a desktop app that can approve (push-devices.ts), they did not turn push off
// in Security, and it is not paused after denials in a row.
import { readPolicy } from "../../policies/policy-store.ts";
import type { PushPolicy } from "../../schemas/policies.ts";
import type { Db } from "../../storage/database.ts";
import { listPushDevices, type PushDevice } from "./push-devices.ts";
import { readPushUserState } from "./push-state.ts";

export type PushAvailability =
  /** Push is no factor of this user: the policy is off, no device can approve, or turned off. */
  | { kind: "none" }
  | { kind: "paused"; until: number; policy: PushPolicy }
  | { kind: "ready"; devices: PushDevice[]; policy: PushPolicy };

export async function pushAvailability(
  db: Db,
  userId: string,
  now: number,
): Promise<PushAvailability> {
  const policy = await readPolicy(db, "push");
  if (policy.mode === "off") {
    return { kind: "none" };
  }
  const state = await readPushUserState(db, userId);
  // A user's choice to turn push off in Security (push-factor.ts) does not count once the
  // policy requires push.
  if (state.turnedOffAt !== null && policy.mode !== "required") {
    return { kind: "none" };
  }
  const devices = await listPushDevices(db, userId);
  if (devices.length === 0) {
    return { kind: "none" };
  }
  if (state.pausedUntil !== null && now < state.pausedUntil) {
    return { kind: "paused", until: state.pausedUntil, policy };
  }
  return { kind: "ready", devices, policy };
}
