// Approving a sign-in on the desktop app (issue 17): the user picked one of three numbers and
// confirmed with Touch ID / Windows Hello — a user-verified assertion by a passkey bound to this
// device over the challenge of that number (auth/push/push-numbers.ts), so it signs both the
// request and the pick. The account's lock is checked before the assertion. A wrong number
// denies the request; three denials in a row pause push. One conditional UPDATE decides the race.
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import { announcePushChange } from "../auth/push/push-offer.ts";
import { pushChallenge } from "../auth/push/push-numbers.ts";
import { answerPushRequest } from "../auth/push/push-requests.ts";
import { clearPushDenials, recordPushDenial } from "../auth/push/push-state.ts";
import type { DeviceProof } from "../devices/device-proof.ts";
import { ceremonyOf, refuseAssertion, type RefusedAssertion } from "../device-login/ceremony.ts";
import { readPolicy } from "../policies/policy-store.ts";
import { verifyAssertionFor } from "../webauthn/passkey-authentication.ts";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import {
  checkAnswerable,
  type AnswerRefusal,
  type PushAnswerContext,
} from "./push-answer-check.ts";

export type PushApproval =
  | { ok: true; outcome: "approved" }
  | { ok: true; outcome: "denied"; reason: "wrong_number"; pausedUntil: number | null }
  | AnswerRefusal
  | { ok: false; reason: "number_invalid" }
  | ({ ok: false } & RefusedAssertion);

export async function approvePushRequest(
  context: PushAnswerContext,
  input: {
    requestId: string;
    number: number;
    response: AuthenticationResponseJSON;
    deviceProof: DeviceProof;
    origin: AuditOrigin;
  },
): Promise<PushApproval> {
  const checked = await checkAnswerable(context, input);
  if (!checked.ok) {
    return checked;
  }
  const { request, device } = checked;
  if (!(JSON.parse(request.choices) as number[]).includes(input.number)) {
    return { ok: false, reason: "number_invalid" };
  }
  const { db, clock } = context;
  const assertion = await verifyAssertionFor(ceremonyOf(context), {
    response: input.response,
    expectedChallenge: pushChallenge(request, input.number),
    owners: [request.user_id],
    allowedPasskeyIds: checked.passkeyIds,
  });
  if (!assertion.ok) {
    return { ok: false, ...(await refuseAssertion(context, assertion, input.origin)) };
  }
  const now = clock.now();
  const right = input.number === request.number;
  const won = await answerPushRequest(db, {
    id: request.id,
    status: right ? "approved" : "denied",
    ...(right ? {} : { denyReason: "wrong_number" as const }),
    deviceId: device.id,
    now,
  });
  if (!won) {
    return { ok: false, reason: "ended" };
  }
  const audited = {
    at: now,
    actorId: request.user_id,
    targetId: request.user_id,
    targetEmail: assertion.user.email,
    origin: input.origin,
  };
  let pausedUntil: number | null = null;
  if (right) {
    await clearPushDenials(db, request.user_id);
  } else {
    pausedUntil = (await recordPushDenial(db, request.user_id, await readPolicy(db, "push"), now))
      .pausedUntil;
    if (pausedUntil !== null) {
      await recordAuditEvent(db, {
        ...audited,
        event: "push.paused",
        details: { until: pausedUntil },
      });
    }
  }
  await recordAuditEvent(db, {
    ...audited,
    event: right ? "push.approved" : "push.denied",
    ...(right ? {} : { reason: "wrong_number" }),
    details: { requestId: request.id, deviceId: device.id },
  });
  await announcePushChange(context);
  return right
    ? { ok: true, outcome: "approved" }
    : { ok: true, outcome: "denied", reason: "wrong_number", pausedUntil };
}
