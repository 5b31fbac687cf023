import { describe, expect, it } from "vitest";
import {
  lockedError,
  passwordRejectedError,
  refuseOversizePassword,
  secondFactorError,
} from "../../../../../server/routes/shared/account-errors.ts";

describe("the answers to account failures", () => {
  it("say when a temporary lock ends, in UTC, and carry that time for the portal", () => {
    const until = Date.UTC(2026, 0, 5, 9, 45);
    const error = lockedError(until);
    expect(error.statusCode).toBe(423);
    expect(error.message).toContain("Try again after 09:45 UTC");
    expect(error.toBody().retryAt).toBe("2026-01-05T09:45:00.000Z");
  });

  it("send a lock that waits for an admin to the admin, with no time to retry", () => {
    const body = lockedError(null).toBody();
    expect(body.code).toBe("AUTH_LOCKED");
    expect(body.message).toContain("Contact your IT administrator");
    expect(body.retryAt).toBeUndefined();
  });

  it("tell the owner of an account locked by their own report to ask the admin, with no time", () => {
    const body = lockedError(Date.UTC(2026, 0, 5, 9, 45), "reported_compromise").toBody();
    expect(body.code).toBe("AUTH_LOCKED");
    expect(body.message).toContain("you reported activity");
    expect(body.retryAt).toBeUndefined();
  });

  it("tell a replayed code from a wrong one, and count the tries left", () => {
    expect(secondFactorError({ ok: false, reason: "replayed" }).code).toBe("MFA_CODE_REPLAYED");
    const wrong = secondFactorError({ ok: false, reason: "invalid" }, 1);
    expect(wrong.toBody()).toMatchObject({ code: "MFA_CODE_INVALID", field: "code" });
    expect(wrong.message).toMatch(/ 1 try left\.$/);
    expect(secondFactorError({ ok: false, reason: "malformed" }, 3).message).toMatch(/3 tries/);
    expect(
      secondFactorError({ ok: false, reason: "locked", until: null, lockReason: "failed_attempts" })
        .code,
    ).toBe("AUTH_LOCKED");
  });

  it("name the rules a refused password breaks, or how many recent ones it may not repeat", () => {
    const broken = passwordRejectedError(
      {
        ok: false,
        reason: "policy",
        rules: [
          { id: "min_length", label: "At least 12 characters", met: false },
          { id: "not_common", label: "Not a commonly used password", met: true },
        ],
      },
      "newPassword",
    );
    expect(broken.toBody()).toMatchObject({
      code: "PASSWORD_POLICY_VIOLATION",
      field: "newPassword",
    });
    expect(broken.message).toBe(
      "The new password does not meet the policy: At least 12 characters.",
    );
    const reused = passwordRejectedError({ ok: false, reason: "reused", historyCount: 5 }, "x");
    expect(reused.message).toContain("not among your last 5");
  });

  it("refuse a password over the byte limit before any hashing, whatever its characters", () => {
    expect(() => refuseOversizePassword("a".repeat(1024))).not.toThrow();
    expect(() => refuseOversizePassword("é".repeat(513), "newPassword")).toThrow(
      /at most 1024 bytes/,
    );
  });
});
