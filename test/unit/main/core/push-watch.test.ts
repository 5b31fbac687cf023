// The desktop app's watch for sign-ins to approve: each request announced once however often it
// is listed, what it already shows sent along, growing pauses after failures (never a sleep:
// the pauses are recorded and released by the test), and a stop that ends the loop.
import { describe, expect, it } from "vitest";
import type { PushInboxAnswer } from "../../../../main/core/push-inbox.ts";
import { describePushNotification } from "../../../../main/core/push-notification.ts";
import {
  notEnrolledPauseMs,
  pushWaitSeconds,
  startPushWatch,
} from "../../../../main/core/push-watch.ts";
import { createDesktopText } from "../../../../main/core/desktop-text.ts";
import type { PushRequestEvent } from "../../../../server/schemas/push.ts";

function request(id: string, overrides: Partial<PushRequestEvent> = {}): PushRequestEvent {
  return {
    id,
    user: { email: "alex@example.com", displayName: "Alex" },
    purpose: "sign_in",
    appName: null,
    browser: "Chrome on Windows",
    device: { client: "web", browser: "Chrome", system: "Windows" },
    ip: "203.0.113.5",
    place: null,
    createdAt: "2026-01-05T09:00:00.000Z",
    expiresAt: "2026-01-05T09:02:00.000Z",
    choices: [
      { number: 12, challenge: "a" },
      { number: 47, challenge: "b" },
      { number: 83, challenge: "c" },
    ],
    allowCredentials: ["credential"],
    ...overrides,
  };
}

let issued = 0;
/** A successful answer, handing out a new challenge each time. */
function inbox(requests: PushRequestEvent[]): PushInboxAnswer {
  issued += 1;
  return { ok: true, requests, approvals: [], nextChallenge: `challenge-${issued}` };
}

/** Plays the answers in order; the last call after them stops the watch. */
function harness(answers: PushInboxAnswer[]) {
  const asked: { known: string[]; waitSeconds: number; challenge: string | undefined }[] = [];
  const announced: string[] = [];
  const gone: string[][] = [];
  const pauses: number[] = [];
  const watch = startPushWatch({
    fetchInbox: (known, waitSeconds, challenge) => {
      asked.push({ known, waitSeconds, challenge });
      const next = answers.shift();
      if (next === undefined) {
        watch.stop();
        return Promise.resolve(inbox([]));
      }
      return Promise.resolve(next);
    },
    onNewRequest: (event) => announced.push(event.id),
    onNewApprovals: () => {
      throw new Error("no access requests in these answers");
    },
    onGone: (withdrawn) => {
      expect(withdrawn.approvals).toEqual([]);
      gone.push(withdrawn.requests);
    },
    pause: (ms) => {
      pauses.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
  });
  return { watch, asked, announced, gone, pauses };
}

describe("the push watch", () => {
  it("announces each request once, says it gone once, and tells the portal what it shows", async () => {
    const { watch, asked, announced, gone } = harness([
      inbox([request("one")]),
      inbox([request("one"), request("two")]),
      inbox([request("two")]),
      inbox([]),
    ]);
    await watch.done;
    expect(announced).toEqual(["one", "two"]);
    expect(gone).toEqual([["one"], ["two"]]);
    expect(asked.map((call) => call.known)).toEqual([[], ["one"], ["one", "two"], ["two"], []]);
    expect(asked.every((call) => call.waitSeconds === pushWaitSeconds)).toBe(true);
  });

  it("signs the challenge the last answer handed out, and asks for a fresh one after a failure", async () => {
    issued = 0;
    const { watch, asked } = harness([
      inbox([]),
      inbox([]),
      { ok: false, reason: "unreachable" },
      inbox([]),
    ]);
    await watch.done;
    expect(asked.map((call) => call.challenge)).toEqual([
      undefined,
      "challenge-1",
      "challenge-2",
      undefined,
      "challenge-3",
    ]);
  });

  it("pauses longer after each failure, starts over after a success, and waits long while not enrolled", async () => {
    const { watch, pauses } = harness([
      { ok: false, reason: "unreachable" },
      { ok: false, reason: "refused" },
      { ok: false, reason: "unreachable" },
      inbox([]),
      { ok: false, reason: "unreachable" },
      { ok: false, reason: "not_enrolled" },
    ]);
    await watch.done;
    expect(pauses).toEqual([2_000, 5_000, 10_000, 2_000, notEnrolledPauseMs]);
  });

  it("stops: no call is made after stop()", async () => {
    let calls = 0;
    const watch = startPushWatch({
      fetchInbox: () => {
        calls += 1;
        watch.stop();
        return Promise.resolve(inbox([request("late")]));
      },
      onNewRequest: () => {
        throw new Error("announced after stop");
      },
      onNewApprovals: () => {
        throw new Error("announced after stop");
      },
      onGone: () => {
        throw new Error("withdrawn after stop");
      },
      pause: () => Promise.resolve(),
      random: () => 0,
    });
    await watch.done;
    expect(calls).toBe(1);
  });
});

describe("the push notification", () => {
  const english = createDesktopText("en");

  it("says who signs in from where, and never shows the number", () => {
    const text = describePushNotification(request("one", { place: "Berlin office" }), english);
    expect(text.title).toBe("Approve sign-in?");
    expect(text.body).toContain(
      "alex@example.com is signing in with Chrome on Windows from Berlin office.",
    );
    for (const number of ["12", "47", "83"]) {
      expect(text.body).not.toContain(number);
    }
    const unplaced = describePushNotification(request("two", { ip: null }), english);
    expect(unplaced.body).not.toContain(" from ");
    const unknown = describePushNotification(
      request("three", { device: { client: "web", browser: null, system: null } }),
      english,
    );
    expect(unknown.body).toContain("is signing in with a browser from 203.0.113.5.");
  });

  it("names the app being opened for a launch's per-app MFA, still without the number", () => {
    const launch = request("one", { purpose: "step_up", appName: "Payroll 47" });
    const text = describePushNotification(launch, english);
    expect(text.title).toBe("Approve opening Payroll 47?");
    expect(text.body).toContain(
      "alex@example.com is opening Payroll 47 with Chrome on Windows from 203.0.113.5.",
    );
    expect(text.body).not.toContain("signing in");
    for (const number of ["12", "83"]) {
      expect(text.body).not.toContain(number);
    }
    const german = describePushNotification(launch, createDesktopText("de"));
    expect(german.title).toContain("Payroll 47");
    expect(german.body).toContain("öffnet Payroll 47");
  });

  it("speaks the app's language", () => {
    for (const locale of ["de", "ar"] as const) {
      const text = describePushNotification(request("one"), createDesktopText(locale));
      expect(text.title).not.toBe("Approve sign-in?");
      expect(text.body).toContain("alex@example.com");
      expect(text.body).toContain("Chrome");
      expect(text.body).not.toContain("is signing in");
    }
  });
});
