// Asks the portal which sign-ins wait for this device's approval (issue 17) and which access
// requests wait for its user's decision (issue 20): a device challenge (the one the previous
// answer handed out, else a fresh one) signed with the device key, then POST /api/push/inbox,
// which answers as soon as either differs from `known` / `knownApprovals` (a long poll) and
// hands out the next challenge. The HTTP call is a parameter, so this runs
// in tests without Electron; the app passes Electron's net.fetch.
import type { ApprovalNotice } from "../../server/schemas/approval-notices.ts";
import type { PushInbox, PushRequestEvent } from "../../server/schemas/push.ts";
import { signDeviceChallenge } from "./device-key.ts";
import type { SecretStore } from "./secret-store.ts";

export type PushInboxAnswer =
  | {
      ok: true;
      requests: PushRequestEvent[];
      approvals: ApprovalNotice[];
      nextChallenge: string;
    }
  /** Not enrolled yet: nothing can approve here until it is. */
  | { ok: false; reason: "not_enrolled" }
  /** The portal did not answer, or refused (revoked device, throttled): try again later. */
  | { ok: false; reason: "unreachable" | "refused" };

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

function post(fetch: Fetch, origin: string, path: string, body: unknown) {
  return fetch(`${origin}${path}`, {
    method: "POST",
    // The server's CSRF rule wants our portal's Origin and a JSON body on every state change.
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify(body),
  });
}

export async function fetchPushInbox(input: {
  store: SecretStore;
  portalOrigin: string;
  known: string[];
  /** The access-request notices already shown (their keys); absent: sign-ins only. */
  knownApprovals?: string[];
  waitSeconds: number;
  /** The challenge the previous answer handed out; without one a fresh one is asked for. */
  challenge?: string | undefined;
  fetch: Fetch;
}): Promise<PushInboxAnswer> {
  const { fetch, portalOrigin: origin } = input;
  try {
    let challenge = input.challenge;
    if (challenge === undefined) {
      const issued = await post(fetch, origin, "/api/devices/challenge", {});
      if (!issued.ok) {
        return { ok: false, reason: "refused" };
      }
      ({ challenge } = (await issued.json()) as { challenge: string });
    }
    const signed = await signDeviceChallenge(input.store, origin, challenge);
    if (!signed.ok) {
      return { ok: false, reason: "not_enrolled" };
    }
    const answer = await post(fetch, origin, "/api/push/inbox", {
      deviceProof: { ...signed.value, challenge },
      waitSeconds: input.waitSeconds,
      known: input.known,
      knownApprovals: input.knownApprovals,
    });
    if (!answer.ok) {
      return { ok: false, reason: "refused" };
    }
    const inbox = (await answer.json()) as PushInbox;
    return {
      ok: true,
      requests: inbox.requests,
      approvals: inbox.approvals ?? [],
      nextChallenge: inbox.nextChallenge.challenge,
    };
  } catch {
    return { ok: false, reason: "unreachable" };
  }
}
