// What the waiting browser is shown (issue 17): the state of the sign-in's latest push request,
// the number, the devices to look at, and which other ways are open (a code, another request).
import type { PushRequest } from "../../storage/push-schema.ts";
import type { PushPrompt } from "../../schemas/push.ts";
import type { PushAvailability } from "./push-availability.ts";
import { pushStateOf } from "./push-requests.ts";

const iso = (time: number | null) => (time === null ? null : new Date(time).toISOString());

export function describePushPrompt(input: {
  request: PushRequest | undefined;
  availability: PushAvailability;
  hasTotp: boolean;
  /** The user already had the policy's number of requests in the last 10 minutes. */
  overLimit: boolean;
  now: number;
}): PushPrompt {
  const { request, availability, now } = input;
  const devices = availability.kind === "ready" ? availability.devices.map((d) => d.name) : [];
  const pausedUntil = availability.kind === "paused" ? availability.until : null;
  const status =
    request === undefined
      ? availability.kind === "paused"
        ? "paused"
        : "limited"
      : pushStateOf(request, now);
  const reported = request?.deny_reason === "reported";
  const open = status === "pending" || status === "approved";
  return {
    status,
    denyReason: status === "denied" ? (request?.deny_reason ?? null) : null,
    number: open && request !== undefined ? request.number : null,
    devices,
    expiresAt: open && request !== undefined ? iso(request.expires_at) : null,
    codeAvailable: input.hasTotp && !reported,
    canRetry:
      !reported &&
      !input.overLimit &&
      availability.kind === "ready" &&
      (status === "denied" || status === "expired" || status === "cancelled"),
    pausedUntil: iso(pausedUntil),
  };
}

/** Whether the browser has something new to show: anything but a live pending request. */
export function pushSettled(request: PushRequest | undefined, now: number): boolean {
  return request === undefined || pushStateOf(request, now) !== "pending";
}
