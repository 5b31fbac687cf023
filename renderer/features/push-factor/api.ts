// Calls of push as a factor in Security (issue 17): whether the desktop app approves this user's
// sign-ins, and turning it off or on. Types come from the server's schemas.
import { getJson, postNoContent } from "../../lib/http.ts";
import type { PushFactorView } from "../../../server/schemas/push.ts";

export type { PushFactorView };

export function getPushFactor(): Promise<PushFactorView> {
  return getJson<PushFactorView>("me/push");
}

export function turnPushOff(): Promise<void> {
  return postNoContent("me/push/turn-off");
}

export function turnPushOn(): Promise<void> {
  return postNoContent("me/push/turn-on");
}
