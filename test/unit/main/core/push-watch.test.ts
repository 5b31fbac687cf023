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
import type { PushRequestEvent } from "../../../../server/schemas/push.ts";

function request(id: string, overrides: Partial<PushRequestEvent> = {}): PushRequestEvent {
  return {
    id,
    user: { email: "alex@example.com", displayName: "Alex" },
    purpose: "sign_in",
    appName: null,
    browser: "Chrome on Windows",
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

/** Plays the answers in order; the last call after them stops the watch. */
function harness(answers: PushInboxAnswer[]) {
  const asked: { known: string[]; waitSeconds: number }[] = [];
  const announced: string[] = [];
  const pauses: number[] = [];
  const watch = startPushWatch({
    fetchInbox: (known, waitSeconds) => {
      asked.push({ known, waitSeconds });
      const next = answers.shift();
      if (next === undefined) {
        watch.stop();
        return Promise.resolve({ ok: true, requests: [] });
      }
      return Promise.resolve(next);
    },
    onNewRequest: (event) => announced.push(event.id),
    pause: (ms) => {
      pauses.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
  });
  return { watch, asked, announced, pauses };
}

describe("the push watch", () => {
  it("announces each request once, and tells the portal what it already shows", async () => {
    const { watch, asked, announced } = harness([
      { ok: true, requests: [request("one")] },
      { ok: true, requests: [request("one"), request("two")] },
      { ok: true, requests: [request("two")] },
      { ok: true, requests: [] },
    ]);
    await watch.done;
    expect(announced).toEqual(["one", "two"]);
    expect(asked.map((call) => call.known)).toEqual([[], ["one"], ["one", "two"], ["two"], []]);
    expect(asked.every((call) => call.waitSeconds === pushWaitSeconds)).toBe(true);
  });

  it("pauses longer after each failure, starts over after a success, and waits long while not enrolled", async () => {
    const { watch, pauses } = harness([
      { ok: false, reason: "unreachable" },
      { ok: false, reason: "refused" },
      { ok: false, reason: "unreachable" },
      { ok: true, requests: [] },
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
        return Promise.resolve({ ok: true, requests: [request("late")] });
      },
      onNewRequest: () => {
        throw new Error("announced after stop");
      },
      pause: () => Promise.resolve(),
      random: () => 0,
    });
    await watch.done;
    expect(calls).toBe(1);
  });
});

describe("the push notification", () => {
  it("says who signs in from where, and never shows the number", () => {
    const text = describePushNotification(request("one", { place: "Berlin office" }));
    expect(text.title).toBe("Approve sign-in?");
    expect(text.body).toContain(
      "alex@example.com is signing in with Chrome on Windows from Berlin office.",
    );
    for (const number of ["12", "47", "83"]) {
      expect(text.body).not.toContain(number);
    }
    expect(describePushNotification(request("two", { ip: null })).body).not.toContain(" from ");
  });
});
