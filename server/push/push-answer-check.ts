// What every answer from the desktop app must pass before it can change a push request (issue
// 17): a fresh device proof, a request that exists, belongs to a user whose passkey is bound to
// this very device, is still pending within its 2 minutes, and whose sign-in (or app launch's
// step-up) is still waiting.
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import { announcePushChange, type PushChannelContext } from "../auth/push/push-offer.ts";
import { passkeysOnDevice } from "../auth/push/push-devices.ts";
import { isStillWaiting } from "../auth/push/push-pending.ts";
import {
  cancelPendingPushRequests,
  findPushRequest,
  pushStateOf,
} from "../auth/push/push-requests.ts";
import type { ServerConfig } from "../config/config.ts";
import type { Site } from "../config/site.ts";
import type { Clock } from "../lib/clock.ts";
import {
  verifyDeviceProof,
  type DeviceProof,
  type DeviceProofFailure,
} from "../devices/device-proof.ts";
import type { Device } from "../storage/devices-schema.ts";
import type { PushRequest } from "../storage/push-schema.ts";

/** The config is for the key device challenges are sealed under (devices/device-proof.ts). */
export type PushAnswerContext = PushChannelContext & {
  clock: Clock;
  site: Site;
  config: Pick<ServerConfig, "mode" | "secretKey">;
};

export type AnswerRefusal =
  | { ok: false; reason: "proof_invalid"; failure: DeviceProofFailure }
  | { ok: false; reason: "not_found" | "other_device" | "ended" };

export type AnswerableRequest = {
  ok: true;
  device: Device;
  request: PushRequest;
  passkeyIds: string[];
};

export async function checkAnswerable(
  context: PushAnswerContext,
  input: { requestId: string; deviceProof: DeviceProof; origin: AuditOrigin },
): Promise<AnswerableRequest | AnswerRefusal> {
  const { db, clock, site } = context;
  const now = clock.now();
  const proof = await verifyDeviceProof(context, input.deviceProof, { origin: site.origin, now });
  if (!proof.ok) {
    return { ok: false, reason: "proof_invalid", failure: proof.reason };
  }
  const request = await findPushRequest(db, input.requestId);
  if (request === undefined) {
    return { ok: false, reason: "not_found" };
  }
  const passkeyIds = await passkeysOnDevice(db, proof.device.id, request.user_id);
  if (passkeyIds.length === 0) {
    // Another user's device (or one whose passkey was removed): audited on the request's owner.
    await recordAuditEvent(db, {
      event: "push.answer_refused",
      at: now,
      reason: "other_device",
      targetId: request.user_id,
      origin: input.origin,
      details: { requestId: request.id, deviceId: proof.device.id },
    });
    return { ok: false, reason: "other_device" };
  }
  if (pushStateOf(request, now) !== "pending") {
    return { ok: false, reason: "ended" };
  }
  if (!(await isStillWaiting(db, request, now))) {
    // The sign-in or step-up was abandoned (expired, or finished another way): its request ends.
    if ((await cancelPendingPushRequests(db, request.flow_id, now)) > 0) {
      await announcePushChange(context);
    }
    return { ok: false, reason: "ended" };
  }
  return { ok: true, device: proof.device, request, passkeyIds };
}
