import { describe, expect, it } from "vitest";
import { lockState } from "../../../../server/auth/lockout.ts";

const now = Date.UTC(2026, 0, 5, 9);

describe("the lock state of an account", () => {
  it("is unlocked without a lock time", () => {
    const user = { locked_at: null, locked_until: null, lock_reason: null };
    expect(lockState(user, now)).toEqual({ locked: false });
  });

  it("holds a temporary lock until its end, and lifts it at that instant", () => {
    const user = {
      locked_at: now - 60_000,
      locked_until: now + 60_000,
      lock_reason: "failed_attempts" as const,
    };
    expect(lockState(user, now)).toEqual({
      locked: true,
      until: now + 60_000,
      reason: "failed_attempts",
    });
    expect(lockState(user, now + 60_000)).toEqual({ locked: false });
  });

  it("holds a lock without an end until an admin unlocks, and says why", () => {
    const user = {
      locked_at: now - 1,
      locked_until: null,
      lock_reason: "reported_compromise" as const,
    };
    expect(lockState(user, now + 365 * 86_400_000)).toEqual({
      locked: true,
      until: null,
      reason: "reported_compromise",
    });
  });

  it("reads a lock recorded before reasons were kept as one from failed attempts", () => {
    const user = { locked_at: now - 1, locked_until: null, lock_reason: null };
    expect(lockState(user, now)).toEqual({ locked: true, until: null, reason: "failed_attempts" });
  });
});
