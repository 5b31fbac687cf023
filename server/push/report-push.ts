// "This wasn't me" on the desktop app (issue 17): the request is denied (winning or losing the
// race with an approval through the same conditional UPDATE), the pending sign-in cannot finish,
// and the same report-compromise flow as the Security tab runs: every session ends, device
// credentials are revoked, the account locks until an admin unlocks it, user and admins are told.
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import { announcePushChange } from "../auth/push/push-offer.ts";
import { answerPushRequest } from "../auth/push/push-requests.ts";
import type { DeviceProof } from "../devices/device-proof.ts";
import type { Mailer } from "../mail/mailer.ts";
import { reportCompromise } from "../security/report-compromise.ts";
import { findUserById } from "../storage/users.ts";
import {
  checkAnswerable,
  type AnswerRefusal,
  type PushAnswerContext,
} from "./push-answer-check.ts";

export async function reportPushRequest(
  context: PushAnswerContext & { mailer: Mailer },
  input: { requestId: string; deviceProof: DeviceProof; origin: AuditOrigin },
): Promise<{ ok: true } | AnswerRefusal> {
  const checked = await checkAnswerable(context, input);
  if (!checked.ok) {
    return checked;
  }
  const { db, clock, mailer } = context;
  const { request, device } = checked;
  const now = clock.now();
  const won = await answerPushRequest(db, {
    id: request.id,
    status: "denied",
    denyReason: "reported",
    deviceId: device.id,
    now,
  });
  const user = await findUserById(db, request.user_id);
  if (!won || user === undefined) {
    return { ok: false, reason: "ended" };
  }
  const deniedId = await recordAuditEvent(db, {
    event: "push.denied",
    at: now,
    reason: "reported",
    actorId: user.id,
    targetId: user.id,
    targetEmail: user.email,
    origin: input.origin,
    details: { requestId: request.id, deviceId: device.id },
  });
  const reported = await db
    .selectFrom("audit_events")
    .selectAll()
    .where("id", "=", request.audit_event_id ?? deniedId)
    .executeTakeFirstOrThrow();
  await reportCompromise({ db, mailer, now, user, event: reported, origin: input.origin });
  // The flow stays until the browser has read the denial (auth/push/push-sign-in.ts ends it);
  // nothing else can finish it: the request is answered and the account is locked.
  await announcePushChange(context);
  return { ok: true };
}
