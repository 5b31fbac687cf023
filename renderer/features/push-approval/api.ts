// Calls of sign-in approval in the desktop app (issue 17): the requests waiting for this device
// (a long poll), approving one with the number picked and Touch ID / Windows Hello over that
// number's challenge, and "This wasn't me". Each call carries a fresh device proof.
import type { AuthenticationResponseJSON } from "@simplewebauthn/browser";
import { proveThisDevice } from "../../lib/device-proof.ts";
import { ApiError, postJson } from "../../lib/http.ts";
import type {
  PushAnswerOutcome,
  PushChoice,
  PushInbox,
  PushRequestEvent,
} from "../../../server/schemas/push.ts";

export type { PushChoice, PushRequestEvent };

async function deviceProof(challenge?: string) {
  const proof = await proveThisDevice(challenge);
  if (proof === undefined) {
    throw new ApiError(
      "DEVICE_PROOF_REQUIRED",
      "This computer is not enrolled with your organization, so it cannot approve sign-ins.",
      403,
    );
  }
  return proof;
}

/**
 * The requests waiting for this device, once they differ from `known` (the ids shown now) or
 * after `waitSeconds`, and the challenge for the next call (`challenge`: the last one's).
 */
export async function fetchPushRequests(
  waitSeconds: number,
  known: string[],
  challenge: string | undefined,
): Promise<{ requests: PushRequestEvent[]; nextChallenge: string }> {
  const inbox = await postJson<PushInbox>("push/inbox", {
    deviceProof: await deviceProof(challenge),
    waitSeconds,
    known,
  });
  return { requests: inbox.requests, nextChallenge: inbox.nextChallenge.challenge };
}

/** Touch ID / Windows Hello over the picked number's challenge, then the answer. */
export async function approveWithNumber(
  request: PushRequestEvent,
  choice: PushChoice,
): Promise<PushAnswerOutcome> {
  const { startAuthentication } = await import("@simplewebauthn/browser");
  const response: AuthenticationResponseJSON = await startAuthentication({
    optionsJSON: {
      challenge: choice.challenge,
      allowCredentials: request.allowCredentials.map((id) => ({ id, type: "public-key" })),
      userVerification: "required",
      timeout: 60_000,
    },
  });
  return postJson<PushAnswerOutcome>(`push/requests/${encodeURIComponent(request.id)}/approve`, {
    number: choice.number,
    response,
    deviceProof: await deviceProof(),
  });
}

export async function reportNotMe(request: PushRequestEvent): Promise<PushAnswerOutcome> {
  return postJson<PushAnswerOutcome>(`push/requests/${encodeURIComponent(request.id)}/report`, {
    deviceProof: await deviceProof(),
  });
}
